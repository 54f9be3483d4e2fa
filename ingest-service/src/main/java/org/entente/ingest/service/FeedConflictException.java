package org.entente.ingest.service;

import org.entente.netpolicy.UrlRedactor;

/** A feed with the same URL is registered already. */
public class FeedConflictException extends RuntimeException {

    public FeedConflictException(String url, java.util.UUID existing) {
        super("the feed " + UrlRedactor.redact(url) + " is registered already with id " + existing);
    }
}
