package org.entente.ingest.service;

import java.time.Instant;

/** An article as it arrived (from a feed or a push), before identity and deduplication. */
public record ArticleDraft(String url, String title, String text, Instant publishedAt, String language) {

    /** Longest BCP 47 tag in practice (RFC 5646, section 4.4.1). */
    public static final int MAX_LANGUAGE_CHARS = 35;
}
