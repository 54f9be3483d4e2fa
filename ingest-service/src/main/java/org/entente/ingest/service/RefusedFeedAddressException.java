package org.entente.ingest.service;

/** A feed or article URL that points where ingest-service must not fetch from (SSRF); answered with 400. */
public class RefusedFeedAddressException extends IllegalArgumentException {

    public RefusedFeedAddressException(String message) {
        super(message);
    }
}
