package org.entente.ingest.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.ingest.domain.StoryIndexRepository.SeenStory;

/**
 * Decides whether an article is a story already published: the same canonical URL, the same text, a URL variant
 * of the same page ({@link UrlCanonicalizer#storyKey}) or a near-duplicate text ({@link MinHashSketch}), in that
 * order. Holds the related seen articles of one batch plus the batch's own new articles, so two copies in one
 * batch are caught too. Plain Java; one instance per batch.
 */
final class StoryMatcher {

    /** How an article matched its story; {@code ORIGINAL} is the article that was published. */
    enum Kind {
        ORIGINAL,
        SAME_URL,
        SAME_TEXT,
        URL_VARIANT,
        NEAR_DUPLICATE
    }

    /** The published article this one repeats, how, and (for near duplicates) the estimated similarity. */
    record Match(String articleId, Kind kind, Double similarity) {
    }

    private record Entry(String articleId, MinHashSketch sketch) {
    }

    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, String> byFingerprint = new HashMap<>();
    private final Map<String, String> byStoryKey = new HashMap<>();
    private final List<Entry> sketches = new ArrayList<>();

    StoryMatcher(List<SeenStory> seen) {
        for (SeenStory s : seen) {
            add(s.articleId(), s.fingerprint(), s.storyKey(),
                    s.minhash() == null ? null : MinHashSketch.fromBytes(s.minhash()));
        }
    }

    /**
     * @param sketch null for a text too short to compare ({@link MinHashSketch#ofLongText})
     * @return the story this article repeats, or null when it is a new story
     */
    Match match(String id, String fingerprint, String storyKey, MinHashSketch sketch) {
        if (byId.containsKey(id)) {
            return new Match(id, Kind.SAME_URL, null);
        }
        if (byFingerprint.containsKey(fingerprint)) {
            return new Match(byFingerprint.get(fingerprint), Kind.SAME_TEXT, null);
        }
        if (byStoryKey.containsKey(storyKey)) {
            return new Match(byStoryKey.get(storyKey), Kind.URL_VARIANT, null);
        }
        if (sketch == null) {
            return null;
        }
        Entry best = null;
        double bestSimilarity = -1;
        for (Entry e : sketches) {
            double s = e.sketch().similarity(sketch);
            // the most similar wins; among equals the smallest id, so the answer does not depend on row order
            if (s > bestSimilarity || (s == bestSimilarity && e.articleId().compareTo(best.articleId()) < 0)) {
                best = e;
                bestSimilarity = s;
            }
        }
        if (best != null && bestSimilarity >= MinHashSketch.NEAR_DUPLICATE_SIMILARITY) {
            return new Match(best.articleId(), Kind.NEAR_DUPLICATE, bestSimilarity);
        }
        return null;
    }

    /** Two seen articles with one key (recorded before V25): the smaller id, whatever order the rows came in. */
    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Remembers a newly published article, so later ones in the same batch match it. */
    void add(String id, String fingerprint, String storyKey, MinHashSketch sketch) {
        byId.putIfAbsent(id, id);
        byFingerprint.merge(fingerprint, id, StoryMatcher::smaller);
        if (storyKey != null) {
            byStoryKey.merge(storyKey, id, StoryMatcher::smaller);
        }
        if (sketch != null) {
            sketches.add(new Entry(id, sketch));
        }
    }
}
