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
        assertThat(c.counts()).isEqualTo("articles=2/2 events=2/2 ties=1/1 equal rollups=1/1 equal alerts=1/1 equal dead-letters=0/0");
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
}
