package org.entente.ingest.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Articles checked and found new but not yet recorded as seen: their publish is between the dedup check and the
 * insert of the seen rows (sending, waiting for the broker). The database does not know them yet, so a concurrent
 * check must match them here. Not thread-safe: {@link ArticlePublisher} calls it under its dedup lock, the
 * reservation together with the database check, the release after the seen rows are committed.
 */
final class InFlightArticles {

    /** One reserved article and everything its story is recognised by. */
    record Reserved(String id, String fingerprint, String storyKey, MinHashSketch sketch) {
    }

    private record Entry(Reserved article, CompletableFuture<Boolean> recorded) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    /** Lets the matcher see the reserved articles as published stories. */
    void addTo(StoryMatcher matcher) {
        byId.values().forEach(e -> matcher.add(e.article().id(), e.article().fingerprint(), e.article().storyKey(),
                e.article().sketch()));
    }

    /**
     * Whether the article will be recorded as seen, for an article another publish reserved: completes with true once
     * it is, with false when the broker or the database refused it; null when the article is not in flight.
     */
    CompletableFuture<Boolean> outcomeOf(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.recorded().copy();
    }

    void reserve(Collection<Reserved> articles) {
        articles.forEach(a -> byId.put(a.id(), new Entry(a, new CompletableFuture<>())));
    }

    /**
     * Ends the reservation of the given articles: those in recorded are now in the database, the others were not
     * published. Call it only after the seen rows were committed, so a check never misses the article in both places.
     */
    void release(List<String> ids, Set<String> recorded) {
        for (String id : ids) {
            Entry e = byId.remove(id);
            if (e != null) {
                e.recorded().complete(recorded.contains(id));
            }
        }
    }
}
