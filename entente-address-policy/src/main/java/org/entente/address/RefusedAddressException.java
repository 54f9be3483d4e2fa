package org.entente.address;

/** A URL the policy will not contact; the message says why and, where it can, what to change. */
public class RefusedAddressException extends RuntimeException {

    public RefusedAddressException(String message) {
        super(message);
    }
}
