package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SnapshotComparisonTest {

    private static Snapshot.TieRow tie(long count, double mass) {
        return new Snapshot.TieRow(List.of(count, count, 0L), List.of("2026-11-21 10:00:00+00"), List.of(mass, mass, 0.0),
                List.of(new java.math.BigDecimal(mass).toPlainString(), "0", "0"));
    }

    private static Snapshot snapshot(Map<String, String> events, double mass, Map<String, String> alerts, long dlq) {
        return new Snapshot(Set.of("a1", "a2"), events, Map.of("IRN|SAU", tie(events.size(), mass)),
                Map.of("IRN|SAU 2026-11-21", tie(events.size(), mass)), alerts, dlq, 0);
    }

    @Test
    void equalRunsPass() {
        Map<String, String> events = Map.of("e1", "AGREE SAU IRN", "e2", "SANCTION IRN SAU");
        Snapshot clean = snapshot(events, 3.0000000000000004, Map.of("rule IRN|SAU e1", "event high"), 0);
        Snapshot faults = snapshot(events, 3.0000000000000004, Map.of("rule IRN|SAU e1", "event high"), 0);
        SnapshotComparison c = new SnapshotComparison(clean, faults);
        assertThat(c.equal()).isTrue();
        assertThat(c.counts())
                .isEqualTo("articles=2/2 events=2/2 ties=1/1 equal rollups=1/1 equal alerts=1/1 equal dead-letters=0/0");
    }

    @Test
    void massesThatDifferInTheLastBitOnlyAreDifferent() {
        Map<String, String> events = Map.of("e1", "AGREE SAU IRN");
        Snapshot clean = snapshot(events, 3.0000000000000004, Map.of(), 0);
        Snapshot faults = snapshot(events, 3.0, Map.of(), 0);
        SnapshotComparison c = new SnapshotComparison(clean, faults);
        assertThat(c.equal()).isFalse();
        assertThat(c.counts()).contains("ties=0/1 DIFFERENT", "rollups=0/1 DIFFERENT");
    }

    @Test
    void aLostEventADifferentMassADoubledAlertAndADeadLetterAreEachReported() {
        Snapshot clean = snapshot(Map.of("e1", "AGREE", "e2", "SANCTION"), 3.0, Map.of("rule IRN|SAU e1", "event high"), 0);
        Snapshot faults = snapshot(Map.of("e1", "AGREE"), 3.1, Map.of("rule IRN|SAU e1", "event high AND AGAIN event high"), 1);
        SnapshotComparison c = new SnapshotComparison(clean, faults);
        assertThat(c.equal()).isFalse();
        assertThat(c.mismatches()).anyMatch(m -> m.startsWith("event e2 only in the clean run"))
                .anyMatch(m -> m.startsWith("tie IRN|SAU differs"))
                .anyMatch(m -> m.startsWith("alert rule IRN|SAU e1 differs"))
                .anyMatch(m -> m.startsWith("dead letters"));
        assertThat(c.counts()).contains("events=1/2", "ties=0/1 DIFFERENT", "alerts=0/1 DIFFERENT", "dead-letters=1/0");
    }

    /**
     * Which of a pair's events reached relations-service first differs between any two runs, and the
     * first-contact alert holds that event's story: its evidence and size are left out, its being raised
     * once is not. An event alert's size and story still count.
     */
    @Test
    void firstContactsOfDifferentStoriesAreEqualButTwoFirstContactsOrAnotherStoryAreNot() {
        Map<String, String> events = Map.of("e1", "AGREE SAU IRN");
        Map<String, String> clean = new java.util.TreeMap<>();
        Snapshot.alert(clean, "first", "first_contact", "IRN|SAU", "low", "first contact: e1", 1, "e1");
        Snapshot.alert(clean, "pacts", "event", "IRN|SAU", "high", "AGREE SAU -> IRN", 2, "e1,e2");
        Map<String, String> faults = new java.util.TreeMap<>();
        Snapshot.alert(faults, "first", "first_contact", "IRN|SAU", "low", "first contact: e3", 2, "e3,e4");
        Snapshot.alert(faults, "pacts", "event", "IRN|SAU", "high", "AGREE SAU -> IRN", 2, "e1,e2");
        assertThat(new SnapshotComparison(snapshot(events, 3.0, clean, 0), snapshot(events, 3.0, faults, 0)).equal()).isTrue();

        Map<String, String> twice = new java.util.TreeMap<>(faults);
        Snapshot.alert(twice, "first", "first_contact", "IRN|SAU", "low", "first contact: e5", 1, "e5");
        Snapshot.alert(twice, "pacts", "event", "IRN|SAU", "high", "AGREE SAU -> IRN", 1, "e1");
        SnapshotComparison c = new SnapshotComparison(snapshot(events, 3.0, clean, 0), snapshot(events, 3.0, twice, 0));
        assertThat(c.mismatches()).anyMatch(m -> m.startsWith("alert first IRN|SAU differs") && m.contains("AND AGAIN"))
                .anyMatch(m -> m.startsWith("alert pacts IRN|SAU e1 only in the faults run"));
    }
}
