package org.entente.ingest.messaging;

import java.time.Instant;

/** Article v1 on topic {@code articles}, exactly as docs/contracts.md defines it. */
public record ArticleMessage(
        int schemaVersion,
        String id,
        String canonicalUrl,
        String feedId,
        String title,
        Instant publishedAt,
        Instant fetchedAt,
        String language,
        String text,
        String contentFingerprint) {

    public static final int SCHEMA_VERSION = 1;
}
