package org.entente.ingest.service;

/**
 * What happened to one draft: published, duplicate (seen before; {@code duplicateOf} is the published article of the
 * story), or skipped (with the reason).
 */
public record ArticleOutcome(String id, String url, Status status, String reason, String duplicateOf) {

    public enum Status {
        PUBLISHED,
        DUPLICATE,
        SKIPPED
    }

    static ArticleOutcome skipped(String url, String reason) {
        return new ArticleOutcome(null, url, Status.SKIPPED, reason, null);
    }
}
