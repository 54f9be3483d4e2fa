package org.entente.ingest.service;

/**
 * A download that failed; {@code kind} is a short metric tag (timeout, http_error, too_large, redirects, refused_address, io).
 */
public class FetchException extends Exception {

    private final String kind;

    public FetchException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
