package org.entente.relations.domain;

import java.time.LocalDate;

/**
 * A pair's tie at the end of one bucket of a history.
 *
 * @param score the undirected score at the end of {@code end} (UTC)
 * @param scoreForward first-to-second score at the same instant
 * @param scoreBackward second-to-first score
 * @param eventCount events within the bucket
 */
public record HistoryPoint(LocalDate start, LocalDate end, double score, double scoreForward,
        double scoreBackward, int eventCount) {
}
