package org.entente.nlp.domain;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Article v1 as read from the {@code articles} topic (see docs/contracts.md). Unknown fields are
 * ignored so that additive changes by ingest-service do not break this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleMessage(
        Integer schemaVersion,
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

    /** The instant an event of this article happened: as published, else as fetched. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }
}
