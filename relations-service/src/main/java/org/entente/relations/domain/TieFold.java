package org.entente.relations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How one tie takes in its events: the counts per direction, the first and last event instants, and
 * the masses as stories' terms enter and leave it, each term also written to its day's rollup. The
 * consumer resumes a stored tie and folds one event at a time ({@code EventApplier}); the rebuild
 * starts empty, counts every event of a pair and folds all its final stories at once
 * ({@code TieRebuilder}). Both reach the same bits because {@link TieScorer#change} and
 * {@link DaySums} sum exactly, whatever the order or grouping of the changes.
 */
public final class TieFold {

    /** Where the rollup side of a fold goes: one pair's rows, by UTC day. */
    public interface Days {
        void countEvent(LocalDate day);

        /** A term's rollup weight ({@link TieScorer#rollupWeight}) in, or out when negated. */
        void addMass(LocalDate day, double rolled, boolean forward);
    }

    private final TieScorer scorer;
    private TieMasses masses;
    private long eventCount;
    private long countForward;
    private long countBackward;
    private Instant first;
    private Instant last;
    private final boolean exact;

    private TieFold(TieScorer scorer, TieMasses masses, long eventCount, long countForward, long countBackward,
            Instant first, Instant last, boolean exact) {
        this.scorer = scorer;
        this.masses = masses;
        this.eventCount = eventCount;
        this.countForward = countForward;
        this.countBackward = countBackward;
        this.first = first;
        this.last = last;
        this.exact = exact;
    }

    /** A tie with no events yet. */
    public static TieFold empty(TieScorer scorer) {
        return new TieFold(scorer, TieMasses.EMPTY, 0, 0, 0, null, null, true);
    }

    /**
     * A stored tie. {@code exact} says whether its anchored sums cover every counted event; when not
     * (rows of older releases), the fold goes on from the doubles and says so in {@link #exact()}, so the
     * startup rebuild still finds the row. {@code first} and {@code last} are ignored while no event is
     * counted (a placeholder row's times).
     */
    public static TieFold resume(TieScorer scorer, TieMasses masses, long eventCount, long countForward,
            long countBackward, Instant first, Instant last, boolean exact) {
        return new TieFold(scorer, masses, eventCount, countForward, countBackward, first, last, exact);
    }

    /** Counts one event at {@code at}, forward (first to second nation) or not, on its tie and its day. */
    public void count(boolean forward, Instant at, Days days) {
        boolean none = eventCount == 0;
        eventCount++;
        if (forward) {
            countForward++;
        } else {
            countBackward++;
        }
        first = none || at.isBefore(first) ? at : first;
        last = none || at.isAfter(last) ? at : last;
        days.countEvent(TieScorer.dayOf(at));
    }

    /**
     * Takes the {@code removed} stories' terms out and puts the {@code added} ones in, on the tie (moving
     * its {@code asOf} to {@code eventTime} when later) and on each term's day.
     *
     * @return the masses after the change
     */
    public TieMasses change(Instant eventTime, List<TieScorer.Term> removed, List<TieScorer.Term> added, Days days) {
        for (TieScorer.Term term : removed) {
            addRollup(days, term, -scorer.rollupWeight(term.contribution(), term.at()));
        }
        for (TieScorer.Term term : added) {
            addRollup(days, term, scorer.rollupWeight(term.contribution(), term.at()));
        }
        masses = scorer.change(masses, eventTime, removed, added);
        return masses;
    }

    /** A term's rollup weight on its day: in its direction, or half in each (halving a double is exact). */
    private static void addRollup(Days days, TieScorer.Term term, double rolled) {
        LocalDate day = TieScorer.dayOf(term.at());
        if (term.undirected()) {
            days.addMass(day, rolled * 0.5, true);
            days.addMass(day, rolled * 0.5, false);
        } else {
            days.addMass(day, rolled, term.forward());
        }
    }

    public TieMasses masses() {
        return masses;
    }

    public long eventCount() {
        return eventCount;
    }

    public long countForward() {
        return countForward;
    }

    public long countBackward() {
        return countBackward;
    }

    /** The earliest counted event's instant; null before the first. */
    public Instant first() {
        return eventCount == 0 ? null : first;
    }

    /** The latest counted event's instant; null before the first. */
    public Instant last() {
        return eventCount == 0 ? null : last;
    }

    /** Whether the anchored sums of {@link #masses()} cover every counted event. */
    public boolean exact() {
        return exact;
    }
}
