package org.entente.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SeenArticleRepository implements PanacheRepositoryBase<SeenArticle, String> {

    /** Nine parameters a row; PostgreSQL binds at most 32,767 in one statement. */
    static final int ROWS_PER_STATEMENT = 1000;

    /** Insert-if-absent: an article recorded before (a retried batch) is not an error. */
    public void record(String articleId, String canonicalUrl, String fingerprint, UUID feedId, Instant publishedAt,
            Instant seenAt, String storyKey, byte[] minhash, long[] bandKeys) {
        SeenArticle row = new SeenArticle();
        row.articleId = articleId;
        row.canonicalUrl = canonicalUrl;
        row.contentFingerprint = fingerprint;
        row.feedId = feedId;
        row.publishedAt = publishedAt;
        row.seenAt = seenAt;
        row.storyKey = storyKey;
        row.minhash = minhash;
        row.bandKeys = bandKeys;
        recordAll(List.of(row));
    }

    /**
     * Insert-if-absent for several articles in one statement per {@link #ROWS_PER_STATEMENT} rows, in the order given.
     * A look-up and an insert per article cost a publish two statements an article (docs/reports/bench-2026-12-06-sr.md).
     */
    public void recordAll(List<SeenArticle> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private void insert(List<SeenArticle> chunk) {
        StringBuilder sql = new StringBuilder("insert into seen_article (article_id, canonical_url, content_fingerprint, "
                + "feed_id, published_at, seen_at, story_key, minhash, band_keys) values ");
        for (int i = 0; i < chunk.size(); i++) {
            int at = i * 9;
            sql.append(i == 0 ? "" : ", ").append("(?").append(at + 1);
            for (int p = 2; p <= 8; p++) {
                sql.append(", ?").append(at + p);
            }
            sql.append(", cast(?").append(at + 9).append(" as bigint[]))");
        }
        sql.append(" on conflict (article_id) do nothing");
        // typed, so that a null feed id, date, story key or sketch still has a type PostgreSQL accepts
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = getEntityManager().createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
        for (int i = 0; i < chunk.size(); i++) {
            SeenArticle row = chunk.get(i);
            int at = i * 9;
            insert.setParameter(at + 1, row.articleId).setParameter(at + 2, row.canonicalUrl)
                    .setParameter(at + 3, row.contentFingerprint).setParameter(at + 4, row.feedId, UUID.class)
                    .setParameter(at + 5, row.publishedAt, Instant.class).setParameter(at + 6, row.seenAt, Instant.class)
                    .setParameter(at + 7, row.storyKey, String.class).setParameter(at + 8, row.minhash, byte[].class)
                    .setParameter(at + 9, arrayLiteral(row.bandKeys), String.class);
        }
        insert.executeUpdate();
    }

    /**
     * The keys as PostgreSQL's array text, distinct and sorted: one key counts once in the look-up's ranking, as it
     * did when each was a row of its own. Text, not a bound array, so that the driver's array types do not matter.
     */
    static String arrayLiteral(long[] keys) {
        if (keys == null) {
            return null;
        }
        return LongStream.of(keys).distinct().sorted().mapToObj(Long::toString)
                .collect(Collectors.joining(",", "{", "}"));
    }
}
