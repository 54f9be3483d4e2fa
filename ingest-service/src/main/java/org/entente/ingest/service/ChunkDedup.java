package org.entente.ingest.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.entente.ingest.messaging.ArticleMessage;

/**
 * Sorts one chunk of drafts, in their order, into articles to publish, copies of a story already published or
 * publishing (same URL, same text, a URL variant or a near-duplicate text: {@link StoryMatcher}) and drafts skipped
 * for a bad URL. A story appears once per chunk: the first draft of it is fresh, the others are copies of it.
 * Plain logic: the caller reads the matcher's stories from the database and holds the lock around it.
 */
final class ChunkDedup {

    /** One valid draft with everything its story is recognised by; sketch null for a short text. */
    record Candidate(ArticleMessage message, String storyKey, MinHashSketch sketch) {
    }

    /** A copy recognised as a story already published: recorded as one more report of it, never sent. */
    record Report(String articleId, String url, StoryMatcher.Match match) {
    }

    /**
     * @param ordered one outcome per draft, in the chunk's order
     * @param fresh the articles to send, now known to the matcher
     * @param reports the copies of another article (a repeat of the same id is a duplicate, not a report)
     * @param awaited the originals of copies that another publish has in flight, by article id
     * @param skipped how many drafts were skipped
     */
    record Sorted(List<ArticleOutcome> ordered, List<Candidate> fresh, List<Report> reports,
            Map<String, CompletableFuture<Boolean>> awaited, int skipped) {
    }

    private ChunkDedup() {
    }

    /**
     * @param drafts per draft, its {@link Candidate} or the {@link ArticleOutcome} that skips it
     * @param inFlight the outcome of an article another publish is sending, null when none is
     */
    static Sorted sort(List<Object> drafts, StoryMatcher matcher,
            Function<String, CompletableFuture<Boolean>> inFlight) {
        List<ArticleOutcome> ordered = new ArrayList<>(drafts.size());
        List<Candidate> fresh = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        Map<String, CompletableFuture<Boolean>> awaited = new LinkedHashMap<>();
        int skipped = 0;
        for (Object o : drafts) {
            if (o instanceof ArticleOutcome skip) {
                skipped++;
                ordered.add(skip);
                continue;
            }
            Candidate c = (Candidate) o;
            ArticleMessage m = c.message();
            StoryMatcher.Match match = matcher.match(m.id(), m.contentFingerprint(), c.storyKey(), c.sketch());
            if (match != null) {
                CompletableFuture<Boolean> original = inFlight.apply(match.articleId());
                if (original != null) {
                    awaited.putIfAbsent(match.articleId(), original);
                }
                if (!match.articleId().equals(m.id())) {
                    reports.add(new Report(match.articleId(), m.canonicalUrl(), match));
                }
                ordered.add(new ArticleOutcome(m.id(), m.canonicalUrl(), ArticleOutcome.Status.DUPLICATE, null,
                        match.articleId()));
            } else {
                matcher.add(m.id(), m.contentFingerprint(), c.storyKey(), c.sketch());
                fresh.add(c);
                ordered.add(new ArticleOutcome(m.id(), m.canonicalUrl(), ArticleOutcome.Status.PUBLISHED, null, null));
            }
        }
        return new Sorted(ordered, fresh, reports, awaited, skipped);
    }
}
