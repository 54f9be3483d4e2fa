package org.entente.ingest.service;

/** A feed document that cannot be read: malformed XML, a forbidden DOCTYPE, or not RSS/Atom at all. */
public class FeedFormatException extends Exception {

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
