package org.entente.ingest.service;

/** The broker did not acknowledge every article in time; the unacknowledged ones were not recorded as seen. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
