package org.entente.relations.stories;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.entente.relations.domain.TieScorer;

/**
 * Reports of logged events already made under the tie model in force. Every batch reads its pairs' stored stories
 * back, and making each of their reports again (the days the sentence names, its content words, the outlet) was half
 * of the story load's samples (docs/reports/bench-2026-12-06-sr.md). A report is a function of its event's row and
 * the tie model, and a logged event is never changed, so a report made before is the same report. One made under
 * another model (after an admin recompute) is made again. Cleared when full, so it never holds more than
 * {@link #MAX_REPORTS}.
 */
final class StoredReports {

    static final int MAX_REPORTS = 20_000;

    private record Made(TieScorer scorer, StoryReport report) {
    }

    private final Map<String, Made> byEvent = new ConcurrentHashMap<>();

    /** The report of {@code eventId} made under {@code scorer}, or null. */
    StoryReport get(String eventId, TieScorer scorer) {
        Made made = byEvent.get(eventId);
        return made != null && made.scorer() == scorer ? made.report() : null;
    }

    void put(StoryReport report, TieScorer scorer) {
        if (byEvent.size() >= MAX_REPORTS) {
            byEvent.clear();
        }
        byEvent.put(report.eventId(), new Made(scorer, report));
    }

    int size() {
        return byEvent.size();
    }
}
