package org.entente.ingest.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SeenArticleRepository implements PanacheRepositoryBase<SeenArticle, String> {

    /** Insert-if-absent: an article recorded before (a retried batch) is not an error. */
    public void record(String articleId, String canonicalUrl, String fingerprint, UUID feedId, Instant publishedAt,
            Instant seenAt, String storyKey, byte[] minhash) {
        if (findById(articleId) != null) {
            return;
        }
        SeenArticle row = new SeenArticle();
        row.articleId = articleId;
        row.canonicalUrl = canonicalUrl;
        row.contentFingerprint = fingerprint;
        row.feedId = feedId;
        row.publishedAt = publishedAt;
        row.seenAt = seenAt;
        row.storyKey = storyKey;
        row.minhash = minhash;
        persist(row);
    }
}
