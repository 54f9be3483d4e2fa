package org.entente.netpolicy;

/** A URL that points where a service must not connect (SSRF); a REST layer answers it with 400. */
public class RefusedAddressException extends IllegalArgumentException {

    private final AddressClass kind;

    public RefusedAddressException(String message, AddressClass kind) {
        super(message);
        this.kind = kind;
    }

    /** The refused class; null when the URL itself was refused (scheme, no host). */
    public AddressClass kind() {
        return kind;
    }
}
