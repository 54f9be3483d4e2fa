package org.entente.relations.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

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

    public TieMasses masses(TieScorer scorer) {
        if (eventCount == 0) {
            return TieMasses.EMPTY;
        }
        if (anchoredSum == null) {
            // Written before V21; the startup rebuild replaces it with sums from its events.
            return scorer.fromDoubles(mass, massForward, massBackward, asOf);
        }
        return scorer.masses(new TieMasses.Anchored(ExactSum.of(anchoredSum), ExactSum.of(anchoredSumForward),
                ExactSum.of(anchoredSumBackward)), asOf);
    }

    public void setMasses(TieMasses masses) {
        mass = masses.total();
        massForward = masses.forward();
        massBackward = masses.backward();
        anchoredSum = masses.anchored().total().toBigDecimal();
        anchoredSumForward = masses.anchored().forward().toBigDecimal();
        anchoredSumBackward = masses.anchored().backward().toBigDecimal();
        asOf = masses.asOf();
    }
}
