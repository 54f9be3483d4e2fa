package org.entente.ingest.service;

/** A feed with the same URL is registered already. */
public class FeedConflictException extends RuntimeException {

    public FeedConflictException(String url, java.util.UUID existing) {
        super("the feed " + url + " is registered already with id " + existing);
    }
}
