package org.entente.relations.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The current tie of one unordered pair: decayed weight sums at {@code asOf} (the latest event time),
 * overall and per direction ("forward" = first to second). The doubles are derived from the exact
 * anchored sums beside them (see {@link TieScorer#add}); readers use the doubles.
 */
@Entity
@Table(name = "tie")
public class Tie extends PanacheEntityBase {

    @Id
    public String pair;
    @Column(name = "pair_first")
    public String first;
    @Column(name = "pair_second")
    public String second;
    public double mass;
    @Column(name = "mass_forward")
    public double massForward;
    @Column(name = "mass_backward")
    public double massBackward;
    @Column(name = "anchored_sum")
    public BigDecimal anchoredSum;
    @Column(name = "anchored_sum_forward")
    public BigDecimal anchoredSumForward;
    @Column(name = "anchored_sum_backward")
    public BigDecimal anchoredSumBackward;
    /** How many events the anchored sums cover; a row an older release updated covers fewer. */
    @Column(name = "summed_events")
    public Long summedEvents;
    @Column(name = "as_of")
    public Instant asOf;
    @Column(name = "event_count")
    public long eventCount;
    @Column(name = "count_forward")
    public long countForward;
    @Column(name = "count_backward")
    public long countBackward;
    @Column(name = "first_event_at")
    public Instant firstEventAt;
    @Column(name = "last_event_at")
    public Instant lastEventAt;

    public NationPair nationPair() {
        return new NationPair(first, second);
    }

    /**
     * Whether the anchored sums cover every counted event. Not so for rows written before V21, nor for
     * rows an older replica updated during a rolling upgrade (it writes the doubles only).
     */
    public boolean hasExactSums() {
        return eventCount == 0 || (anchoredSum != null && summedEvents != null && summedEvents == eventCount);
    }

    /** This tie as a {@link TieFold} to take more events, with the scorer's masses at {@code asOf}. */
    public TieFold fold(TieScorer scorer) {
        return TieFold.resume(scorer, masses(scorer), eventCount, countForward, countBackward, firstEventAt,
                lastEventAt, hasExactSums());
    }

    private TieMasses masses(TieScorer scorer) {
        if (eventCount == 0) {
            return TieMasses.EMPTY;
        }
        if (!hasExactSums()) {
            // Carry on from the doubles, as before V21; the next start rebuilds the row exactly.
            return scorer.fromDoubles(mass, massForward, massBackward, asOf);
        }
        return scorer.masses(new TieMasses.Anchored(ExactSum.of(anchoredSum), ExactSum.of(anchoredSumForward),
                ExactSum.of(anchoredSumBackward)), asOf);
    }

    /** Writes back what the fold has taken in: masses, exact sums, counts and first/last instants. */
    public void take(TieFold fold) {
        TieMasses after = fold.masses();
        mass = after.total();
        massForward = after.forward();
        massBackward = after.backward();
        anchoredSum = after.anchored().total().toBigDecimal();
        anchoredSumForward = after.anchored().forward().toBigDecimal();
        anchoredSumBackward = after.anchored().backward().toBigDecimal();
        asOf = after.asOf();
        eventCount = fold.eventCount();
        countForward = fold.countForward();
        countBackward = fold.countBackward();
        firstEventAt = fold.first();
        lastEventAt = fold.last();
        // Sums carried on from doubles stay marked as not covering, so the startup rebuild finds the row.
        if (fold.exact()) {
            summedEvents = eventCount;
        }
    }
}
