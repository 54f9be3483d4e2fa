package org.entente.relations.domain;

import java.time.Instant;

/**
 * A tie's decayed weight sums at the instant {@code asOf} (the latest event time): overall,
 * first-to-second ("forward") and second-to-first ("backward"). The doubles are what readers use;
 * they are derived from exact anchored sums (see {@link TieScorer#add}), so the same events give
 * bit-identical masses whatever order they arrived in. Built only by {@link TieScorer}.
 *
 * @param anchored exact sums of every event's weight grown to {@code asOf}'s whole half-life
 *        count: overall, forward, backward
 */
public record TieMasses(Anchored anchored, Instant asOf, double total, double forward, double backward) {

    public static final TieMasses EMPTY = new TieMasses(Anchored.ZERO, null, 0.0, 0.0, 0.0);

    /** The three exact sums a tie row keeps in its NUMERIC columns. */
    public record Anchored(ExactSum total, ExactSum forward, ExactSum backward) {
        public static final Anchored ZERO = new Anchored(ExactSum.ZERO, ExactSum.ZERO, ExactSum.ZERO);
    }

    public boolean isEmpty() {
        return asOf == null;
    }
}
