package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TieScorerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private final TieScorer scorer = new TieScorer(ScoringParameters.defaults());

    @Test
    void weightFollowsTypeSubtypeModalityAndConfidence() {
        assertThat(scorer.weight(EventType.AGREE, null, Modality.ASSERTED, 1.0)).isEqualTo(2.5);
        assertThat(scorer.weight(EventType.AGREE, "defense_pact", Modality.ASSERTED, 1.0)).isEqualTo(6.5);
        assertThat(scorer.weight(EventType.AGREE, "defense_pact", Modality.INTENT, 1.0)).isEqualTo(3.25);
        assertThat(scorer.weight(EventType.AID, null, Modality.ASSERTED, 0.5)).isEqualTo(5.0);
        assertThat(scorer.weight(EventType.FIGHT, null, Modality.ASSERTED, 1.0)).isEqualTo(-10.0);
    }

    @Test
    void refusedCooperationCoolsATieButDeniedViolenceDoesNotWarmIt() {
        assertThat(scorer.weight(EventType.AGREE, "treaty", Modality.NEGATED, 1.0)).isEqualTo(-1.125);
        assertThat(scorer.weight(EventType.ASSAULT, null, Modality.NEGATED, 1.0)).isZero();
    }

    @Test
    void confidenceOutsideZeroToOneIsClamped() {
        assertThat(scorer.weight(EventType.AID, null, Modality.ASSERTED, 3.0)).isEqualTo(10.0);
        assertThat(scorer.weight(EventType.AID, null, Modality.ASSERTED, -1.0)).isZero();
    }

    @Test
    void aWeightHalvesAfterOneHalfLife() {
        TieMasses one = scorer.add(TieMasses.EMPTY, 10.0, T0, true);
        assertThat(scorer.valueAt(one.total(), one.asOf(), T0.plus(Duration.ofDays(90)))).isCloseTo(5.0, within(1e-9));
        assertThat(scorer.valueAt(one.total(), one.asOf(), T0.plus(Duration.ofDays(180)))).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void scoreIsBoundedAndKeepsTheSign() {
        assertThat(scorer.score(1e9)).isLessThanOrEqualTo(100.0).isGreaterThan(99.99);
        assertThat(scorer.score(-1e9)).isGreaterThanOrEqualTo(-100.0).isLessThan(-99.99);
        assertThat(scorer.score(25.0)).isCloseTo(76.16, within(0.01));
        assertThat(scorer.score(0.0)).isZero();
    }

    @Test
    void theSameEventsGiveBitIdenticalMassesInAnyOrder() {
        Random random = new Random(42);
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(new Object[] { random.nextDouble() * 20 - 10,
                    T0.plus(Duration.ofMillis(random.nextLong(2000L * 86_400_000L))), random.nextBoolean() });
        }
        TieMasses inOrder = addAll(events);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(events, random);
            TieMasses shuffled = addAll(events);
            // Record equality compares the doubles bit for bit (Double.compare) and the exact sums by value.
            assertThat(shuffled).isEqualTo(inOrder);
        }
        // A sum of plain doubles in the same two orders does differ: the test above is not vacuous.
        List<Object[]> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        assertThat(plainSum(events)).isNotEqualTo(plainSum(reversed));
    }

    @Test
    void theAnchoredMassAgreesWithTheDecayedSumOfItsEvents() {
        Random random = new Random(7);
        TieMasses m = TieMasses.EMPTY;
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Object[] e = { random.nextDouble() * 20 - 10, T0.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 400))),
                    random.nextBoolean() };
            events.add(e);
            m = scorer.add(m, (double) e[0], (Instant) e[1], (boolean) e[2]);
        }
        double expected = 0;
        for (Object[] e : events) {
            expected += (double) e[0] * scorer.decay((Instant) e[1], m.asOf());
        }
        assertThat(m.total()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void aPhaseIsWholeHalfLivesSince1970AndAFraction() {
        TieScorer.Phase epoch = scorer.phase(Instant.EPOCH);
        assertThat(epoch.halvings()).isZero();
        assertThat(epoch.fraction()).isZero();
        TieScorer.Phase later = scorer.phase(Instant.EPOCH.plus(Duration.ofDays(135)));
        assertThat(later.halvings()).isEqualTo(1);
        assertThat(later.fraction()).isEqualTo(0.5);
        TieScorer.Phase before = scorer.phase(Instant.EPOCH.minus(Duration.ofDays(45)));
        assertThat(before.halvings()).isEqualTo(-1);
        assertThat(before.fraction()).isEqualTo(0.5);
        TieScorer.Phase justBefore = scorer.phase(Instant.EPOCH.minusMillis(1));
        assertThat(justBefore.halvings()).isEqualTo(-1);
        assertThat(justBefore.fraction()).isLessThan(1.0).isGreaterThan(0.999);
    }

    @Test
    void massesSurviveTheirNumericColumnsUnchanged() {
        TieMasses m = scorer.add(scorer.add(TieMasses.EMPTY, 6.5, T0, true), -2.0, T0.plus(Duration.ofDays(400)),
                false);
        TieMasses.Anchored a = m.anchored();
        TieMasses read = scorer.masses(new TieMasses.Anchored(ExactSum.of(a.total().toBigDecimal()),
                ExactSum.of(a.forward().toBigDecimal()), ExactSum.of(a.backward().toBigDecimal())), m.asOf());
        assertThat(read).isEqualTo(m);
    }

    @Test
    void tieRowsFromBeforeTheExactSumsCarryOnFromTheirDoubles() {
        TieMasses m = scorer.add(TieMasses.EMPTY, 6.5, T0, true);
        TieMasses legacy = scorer.fromDoubles(m.total(), m.forward(), m.backward(), m.asOf());
        assertThat(legacy.total()).isCloseTo(m.total(), within(1e-12));
        TieMasses next = scorer.add(legacy, 2.5, T0.plus(Duration.ofDays(90)), false);
        assertThat(next.total()).isCloseTo(6.5 / 2 + 2.5, within(1e-9));
        assertThat(next.backward()).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void directionsAddUpToTheTotal() {
        TieMasses m = scorer.add(TieMasses.EMPTY, 4.0, T0, true);
        m = scorer.add(m, -2.0, T0.plus(Duration.ofDays(10)), false);
        m = scorer.add(m, 1.0, T0.minus(Duration.ofDays(5)), false);
        assertThat(m.forward() + m.backward()).isCloseTo(m.total(), within(1e-12));
        assertThat(m.asOf()).isEqualTo(T0.plus(Duration.ofDays(10)));
    }

    @Test
    void dailyRollupsReproduceTheIncrementalScore() {
        Instant a = Instant.parse("2026-03-01T08:00:00Z");
        Instant b = Instant.parse("2026-03-01T20:00:00Z");
        Instant c = Instant.parse("2026-03-04T10:00:00Z");
        TieMasses m = scorer.add(scorer.add(scorer.add(TieMasses.EMPTY, 5, a, true), -3, b, true), 2, c, false);
        double day1 = scorer.rollupWeight(5, a) + scorer.rollupWeight(-3, b);
        double day4 = scorer.rollupWeight(2, c);
        Instant endOfDay4 = TieScorer.endOfDay(LocalDate.parse("2026-03-04"));
        double fromRollups = day1 * scorer.decayDays(3) + day4;
        assertThat(fromRollups).isCloseTo(scorer.valueAt(m.total(), m.asOf(), endOfDay4), within(1e-9));
    }

    private static double plainSum(List<Object[]> events) {
        double sum = 0;
        for (Object[] e : events) {
            sum += (double) e[0] * Math.pow(2, ((Instant) e[1]).toEpochMilli() / 7.776e9 - 400);
        }
        return sum;
    }

    private TieMasses addAll(List<Object[]> events) {
        TieMasses m = TieMasses.EMPTY;
        for (Object[] e : events) {
            m = scorer.add(m, (double) e[0], (Instant) e[1], (boolean) e[2]);
        }
        return m;
    }
}
