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
    void theSameEventsGiveTheSameMassesInAnyOrder() {
        Random random = new Random(42);
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(new Object[] {random.nextDouble() * 20 - 10,
                    T0.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 2000))), random.nextBoolean()});
        }
        TieMasses inOrder = addAll(events);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(events, random);
            TieMasses shuffled = addAll(events);
            Instant at = T0.plus(Duration.ofDays(2100));
            assertThat(scorer.valueAt(shuffled.total(), shuffled.asOf(), at))
                    .isCloseTo(scorer.valueAt(inOrder.total(), inOrder.asOf(), at), within(1e-9));
            assertThat(scorer.valueAt(shuffled.forward(), shuffled.asOf(), at))
                    .isCloseTo(scorer.valueAt(inOrder.forward(), inOrder.asOf(), at), within(1e-9));
        }
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

    private TieMasses addAll(List<Object[]> events) {
        TieMasses m = TieMasses.EMPTY;
        for (Object[] e : events) {
            m = scorer.add(m, (double) e[0], (Instant) e[1], (boolean) e[2]);
        }
        return m;
    }
}
