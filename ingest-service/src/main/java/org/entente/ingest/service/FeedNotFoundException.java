package org.entente.ingest.service;

import java.util.UUID;

public class FeedNotFoundException extends RuntimeException {

    public FeedNotFoundException(UUID id) {
        super("no feed with id " + id + "; GET /api/v1/feeds lists the registered feeds");
    }
}
