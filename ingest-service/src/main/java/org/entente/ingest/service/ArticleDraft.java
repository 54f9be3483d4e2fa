package org.entente.ingest.service;

import java.time.Instant;

/** An article as it arrived (from a feed or a push), before identity and deduplication. */
public record ArticleDraft(String url, String title, String text, Instant publishedAt, String language) {
}
