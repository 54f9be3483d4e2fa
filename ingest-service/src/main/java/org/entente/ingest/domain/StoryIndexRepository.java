package org.entente.ingest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

/**
 * The near-duplicate look-up over {@code seen_article} (ids, fingerprints, story keys and the LSH band keys of each
 * article's MinHash sketch), and the reports of each story (the article itself and the copies recognised as the same
 * story).
 */
@ApplicationScoped
public class StoryIndexRepository {

    /** A seen article as the matcher needs it; storyKey and minhash are null on rows from before V25. */
    public record SeenStory(String articleId, String fingerprint, String storyKey, byte[] minhash) {
    }

    /**
     * A band key shared by more seen articles than this is boilerplate (a template, a disclaimer): a copy of a story
     * shares about 8 of its 32 bands with it, stories that merely share a template share this one key with all the
     * feed's articles. The fault corpus's most shared key was held by 83 distinct stories (lane tp11).
     */
    public static final int COMMON_BAND_SHARERS = 100;

    /** Seen articles sharing an id, a fingerprint or a story key with the candidates: three index look-ups. */
    static final String EXACT = """
            select a.article_id, a.content_fingerprint, a.story_key, a.minhash from seen_article a
             where a.article_id in (:ids) or a.content_fingerprint in (:fps) or a.story_key in (:keys)
            """;

    /**
     * Seen articles sharing LSH band keys with the candidates, those sharing the most first. A statement of its own,
     * not a fourth {@code or} of {@link #EXACT}: with it PostgreSQL cannot combine the indexes and read the whole of
     * {@code seen_article} on every publish (issue 17, lane tp9). It probes the GIN index once for each distinct key,
     * reading at most one article more than {@link #COMMON_BAND_SHARERS}; a key that reaches it is left out of the
     * ranking and recorded in {@code common_band_key}, so later look-ups skip it before the index. One probe of all
     * keys at once (V26) read and ranked every article sharing any key: on a templated feed that was the whole history
     * (lane tp12, 50,000 seen articles of 10 templates: 8.3 s a look-up, against 0.5 s for the first look-up this way
     * and 0.06 to 0.1 s for the next). The ranking is the number of the candidates' distinct keys an article shares,
     * then its id.
     */
    static final String BANDS = """
            with probe as materialized (
                select b.k, p.article_id, count(*) over (partition by b.k) sharing
                  from (select distinct u.k from unnest(cast(:bands as bigint[])) u(k)
                         where not exists (select 1 from common_band_key c where c.band_key = u.k)) b
                 cross join lateral (select s.article_id from seen_article s
                                      where s.band_keys @> array[b.k] limit :probe) p),
            common as (insert into common_band_key select distinct k from probe where sharing >= :probe
                       on conflict do nothing)
            select a.article_id, a.content_fingerprint, a.story_key, a.minhash
              from (select article_id, count(*) shared from probe where sharing < :probe
                     group by article_id order by shared desc, article_id limit :max) r
              join seen_article a on a.article_id = r.article_id
            """;

    private final EntityManager em;

    public StoryIndexRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Seen articles that share an id, a fingerprint or a story key with the candidates ({@link #exact}), or LSH band
     * keys ({@link #sharingBands}).
     */
    public List<SeenStory> related(Collection<String> ids, Collection<String> fingerprints,
            Collection<String> storyKeys, Collection<Long> bandKeys, int maxBandMatches) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SeenStory> out = new ArrayList<>(exact(ids, fingerprints, storyKeys));
        out.addAll(sharingBands(bandKeys, maxBandMatches));
        return out;
    }

    /** Seen articles sharing an id, a fingerprint or a story key with the candidates. */
    public List<SeenStory> exact(Collection<String> ids, Collection<String> fingerprints,
            Collection<String> storyKeys) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return stories(em.createNativeQuery(EXACT).setParameter("ids", ids).setParameter("fps", fingerprints)
                .setParameter("keys", storyKeys));
    }

    /**
     * The {@code maxBandMatches} seen articles sharing the most of these LSH band keys, keys shared by more than
     * {@link #COMMON_BAND_SHARERS} articles not followed: texts that share boilerplate (a press office's template, a
     * long disclaimer) can share a band with thousands of seen articles, and reading them all would make one batch's
     * work grow with the history.
     */
    public List<SeenStory> sharingBands(Collection<Long> bandKeys, int maxBandMatches) {
        if (bandKeys.isEmpty()) {
            return List.of();
        }
        return stories(em.createNativeQuery(BANDS)
                .setParameter("bands",
                        SeenArticleRepository.arrayLiteral(bandKeys.stream().mapToLong(Long::longValue).toArray()))
                .setParameter("max", maxBandMatches).setParameter("probe", COMMON_BAND_SHARERS + 1));
    }

    private static List<SeenStory> stories(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<SeenStory> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new SeenStory(((String) r[0]).trim(), ((String) r[1]).trim(), (String) r[2], (byte[]) r[3]));
        }
        return out;
    }

    /** One report of a story: the article itself ({@code original}) or a copy recognised as it. */
    public record Report(String articleId, String url, String host, UUID feedId, String match, Double similarity) {
    }

    /** Seven parameters a row; PostgreSQL binds at most 32,767 in one statement. */
    static final int REPORT_ROWS_PER_STATEMENT = 1000;

    /**
     * Insert-if-absent, in the order given (of two reports of one URL the first is kept): the same URL reported again
     * (every poll of a feed that carries it) adds nothing. One statement per {@link #REPORT_ROWS_PER_STATEMENT}
     * reports, not one a report (docs/reports/bench-2026-12-06-sr.md).
     */
    public void recordReports(List<Report> reports, Instant seenAt) {
        for (int from = 0; from < reports.size(); from += REPORT_ROWS_PER_STATEMENT) {
            insertReports(reports.subList(from, Math.min(reports.size(), from + REPORT_ROWS_PER_STATEMENT)), seenAt);
        }
    }

    private void insertReports(List<Report> chunk, Instant seenAt) {
        StringBuilder sql = new StringBuilder(
                "insert into story_report (article_id, url, host, feed_id, match, similarity, seen_at) values ");
        for (int i = 0; i < chunk.size(); i++) {
            int at = i * 7;
            sql.append(i == 0 ? "" : ", ").append("(?").append(at + 1);
            for (int p = 2; p <= 7; p++) {
                sql.append(", ?").append(at + p);
            }
            sql.append(')');
        }
        sql.append(" on conflict do nothing");
        // typed, so that a null feed id or similarity still has a type PostgreSQL accepts
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
        for (int i = 0; i < chunk.size(); i++) {
            Report r = chunk.get(i);
            int at = i * 7;
            insert.setParameter(at + 1, r.articleId()).setParameter(at + 2, r.url()).setParameter(at + 3, r.host())
                    .setParameter(at + 4, r.feedId(), UUID.class).setParameter(at + 5, r.match())
                    .setParameter(at + 6, r.similarity(), Double.class).setParameter(at + 7, seenAt, Instant.class);
        }
        insert.executeUpdate();
    }

    /** At most {@code limit} reports of one story, oldest first: (url, host, match, similarity, seen_at). */
    public List<Object[]> copiesOf(String articleId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select url, host, match, similarity, seen_at from story_report "
                + "where article_id = ?1 order by seen_at, url limit ?2")
                .setParameter(1, articleId).setParameter(2, limit).getResultList();
        return rows;
    }

    /** The reports of one story, oldest first: (url, host, match). */
    public List<Object[]> reportsOf(String articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select url, host, match from story_report where article_id = ?1 order by seen_at, url")
                .setParameter(1, articleId).getResultList();
        return rows;
    }
}
