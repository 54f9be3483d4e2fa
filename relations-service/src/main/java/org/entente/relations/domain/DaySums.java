package org.entente.relations.domain;

/**
 * One pair's events of one UTC day as a rollup row holds them: a count and exact sums of their
 * weights decayed to the end of the day (overall, forward, backward). Exact, so a row built from a
 * batch, from single events or by a rebuild holds the same value whatever the order.
 */
public final class DaySums {

    private int count;
    private ExactSum total = ExactSum.ZERO;
    private ExactSum forward = ExactSum.ZERO;
    private ExactSum backward = ExactSum.ZERO;

    /** Adds one event's rollup weight (see {@link TieScorer#rollupWeight}). */
    public void add(double rolled, boolean isForward) {
        countEvent();
        addMass(rolled, isForward);
    }

    /** One more event on this day, whose weight goes in with its story ({@link #addMass}). */
    public void countEvent() {
        count++;
    }

    /** A story's rollup weight in, or out (negated), without counting an event. */
    public void addMass(double rolled, boolean isForward) {
        total = total.plus(rolled);
        if (isForward) {
            forward = forward.plus(rolled);
        } else {
            backward = backward.plus(rolled);
        }
    }

    public int count() {
        return count;
    }

    public ExactSum total() {
        return total;
    }

    public ExactSum forward() {
        return forward;
    }

    public ExactSum backward() {
        return backward;
    }
}
