package org.entente.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SeenArticleRepository implements PanacheRepositoryBase<SeenArticle, String> {

    /** Of the given ids and fingerprints, those already seen (both kinds mixed in one set: they cannot collide). */
    public Set<String> alreadySeen(Collection<String> ids, Collection<String> fingerprints) {
        Set<String> seen = new HashSet<>();
        if (ids.isEmpty()) {
            return seen;
        }
        List<SeenArticle> rows = list("articleId in ?1 or contentFingerprint in ?2", ids, fingerprints);
        for (SeenArticle row : rows) {
            seen.add(row.articleId);
            seen.add(row.contentFingerprint);
        }
        return seen;
    }

    /** Insert-if-absent: an article recorded before (a retried batch) is not an error. */
    public void record(String articleId, String canonicalUrl, String fingerprint, UUID feedId, Instant publishedAt,
            Instant seenAt) {
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
        persist(row);
    }
}
