package org.entente.relations.ties;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.ExactSum;
import org.entente.relations.domain.Modality;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The same events, applied in two different orders and batchings to two copies of the same pairs,
 * leave bit-identical ties and rollups in PostgreSQL; the admin rebuild writes the same bits; and
 * rows written before the exact sums existed (V21) get them from the startup upgrade.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ExactTiesTest {

    // Two copies of two pairs: FJI|TON and NRU|WSM get the events in one order, KIR|TUV and PLW|VUT
    // the same events in another. Each copy keeps alphabetical order, so directions match.
    private static final Map<String, String> COPY = Map.of("FJI", "KIR", "TON", "TUV", "NRU", "PLW", "WSM", "VUT",
            "BRB", "DMA", "GRD", "LCA");
    private static final List<String> FIRST_TEST_PAIRS = List.of("FJI|TON", "NRU|WSM", "KIR|TUV", "PLW|VUT");
    private static final List<String> SECOND_TEST_PAIRS = List.of("BRB|GRD", "DMA|LCA");
    private static final List<String> ORIGINALS = List.of("FJI|TON", "NRU|WSM");
    private static final List<String> COPIES = List.of("KIR|TUV", "PLW|VUT");
    private static final String[] TYPES = { "AGREE", "COOPERATE", "AID", "SANCTION", "THREATEN", "CONSULT", "FIGHT" };
    private static final String[] MODALITIES = { "asserted", "asserted", "intent", "negated" };

    @Inject
    EventApplier applier;
    @Inject
    Recomputer recomputer;
    @Inject
    ExactSumsUpgrade upgrade;
    @Inject
    DataSource dataSource;

    @Test
    void eventsInAnyOrderGiveBitIdenticalTiesAndRollups() throws SQLException {
        Random random = new Random(20261122);
        List<CheckedEvent> originals = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 400; i++) {
            boolean fijiTonga = random.nextBoolean();
            String a = fijiTonga ? "FJI" : "NRU";
            String b = fijiTonga ? "TON" : "WSM";
            boolean swap = random.nextBoolean();
            // Many events share a day, so rollups sum several terms; times to the millisecond.
            Instant at = start.plusMillis(random.nextLong(Duration.ofDays(150).toMillis()) / 40 * 40);
            originals.add(event("exact-a-" + i, swap ? b : a, swap ? a : b, TYPES[random.nextInt(TYPES.length)],
                    MODALITIES[random.nextInt(MODALITIES.length)], 0.3 + 0.7 * random.nextDouble(), at));
        }
        List<CheckedEvent> copies = new ArrayList<>();
        for (CheckedEvent e : originals) {
            copies.add(copyOf(e));
        }
        Collections.shuffle(copies, random);

        applier.applyAll(originals);
        for (int from = 0; from < copies.size();) {
            int size = 1 + random.nextInt(37);
            applier.applyAll(copies.subList(from, Math.min(copies.size(), from + size)));
            from += size;
        }

        Map<String, List<String>> applied = rows(FIRST_TEST_PAIRS);
        assertThat(applied.keySet().stream().filter(k -> !k.contains(" ")))
                .as("ties of this test's pairs only").hasSize(ORIGINALS.size() + COPIES.size());
        assertThat(applied.get("FJI|TON").get(0)).isEqualTo(String.valueOf(
                originals.stream().filter(e -> e.source().equals("FJI") || e.target().equals("FJI")).count()));
        assertThat(applied.keySet().stream().filter(k -> k.contains(" "))).hasSizeGreaterThan(100);
        for (int i = 0; i < ORIGINALS.size(); i++) {
            assertThat(copiedRows(applied, COPIES.get(i))).isEqualTo(copiedRows(applied, ORIGINALS.get(i)));
        }
        assertDoublesAreNearestOfExactSums();

        recomputer.rebuildInForce();
        assertThat(rows(FIRST_TEST_PAIRS)).as("the admin rebuild writes the bits the consumer wrote").isEqualTo(applied);

        execute("update tie set anchored_sum = null, anchored_sum_forward = null, anchored_sum_backward = null "
                + "where pair in ('FJI|TON', 'KIR|TUV')");
        execute("update daily_rollup set exact_mass = null, exact_mass_forward = null, exact_mass_backward = null "
                + "where pair_first = 'NRU'");
        assertThat(upgrade.upgradeIfNeeded()).isTrue();
        assertThat(rows(FIRST_TEST_PAIRS)).as("rows from before V21 rebuilt with their exact sums").isEqualTo(applied);
        assertThat(upgrade.upgradeIfNeeded()).isFalse();
    }

    /**
     * During a rolling upgrade a replica of the previous release may apply an event: it logs it and
     * updates the counts and doubles, not the exact sums. Simulated here by applying the event, then
     * marking the row's sums as covering one event fewer, which is what the old replica leaves.
     */
    @Test
    void rowsAnOlderReplicaUpdatedAreCarriedOnAndRebuiltExactly() throws SQLException {
        Instant day = Instant.parse("2025-03-10T08:00:00Z");
        CheckedEvent old = event("exact-a-old-1", "BRB", "GRD", "AID", "asserted", 1.0, day);
        CheckedEvent next = event("exact-a-old-2", "GRD", "BRB", "SANCTION", "asserted", 0.8, day.plusSeconds(3600));
        assertThat(applier.applyAll(List.of(old))).isEqualTo(1);
        assertThat(applier.applyAll(List.of(copyOf(next), copyOf(old)))).isEqualTo(2);
        execute("update tie set summed_events = summed_events - 1 where pair = 'BRB|GRD'");
        execute("update daily_rollup set summed_events = summed_events - 1 where pair_first = 'BRB' "
                + "and day = date '2025-03-10'");

        assertThat(applier.applyAll(List.of(next))).isEqualTo(1);
        Map<String, List<String>> carried = rows(SECOND_TEST_PAIRS);
        List<String> tie = carried.get("BRB|GRD");
        assertThat(tie.get(12)).as("summed events stay short of the count").isNotEqualTo(tie.get(0));
        List<String> rollup = carried.get("BRB|GRD 2025-03-10");
        assertThat(rollup.get(4)).as("exact rollup sums dropped").isEqualTo("null");
        assertThat(Double.longBitsToDouble(Long.parseUnsignedLong(rollup.get(1), 16))).as("doubles carried on")
                .isCloseTo(Double.longBitsToDouble(Long.parseUnsignedLong(carried.get("DMA|LCA 2025-03-10").get(1),
                        16)), org.assertj.core.api.Assertions.within(1e-12));

        assertThat(upgrade.upgradeIfNeeded()).isTrue();
        Map<String, List<String>> rebuilt = rows(SECOND_TEST_PAIRS);
        assertThat(copiedRows(rebuilt, "BRB|GRD")).isEqualTo(copiedRows(rebuilt, "DMA|LCA"));
        assertThat(rebuilt.get("BRB|GRD").get(12)).isEqualTo(rebuilt.get("BRB|GRD").get(0));
    }

    /** Tie and rollup rows of the four pairs: counts, instants, masses as raw bits, exact sums. */
    private Map<String, List<String>> rows(List<String> pairs) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select pair, event_count, count_forward, count_backward, as_of, "
                    + "first_event_at, last_event_at, mass, mass_forward, mass_backward, anchored_sum, "
                    + "anchored_sum_forward, anchored_sum_backward, summed_events from tie where pair in "
                    + inList(pairs))) {
                while (rs.next()) {
                    rows.put(rs.getString(1), values(rs, 2, 14));
                }
            }
            try (ResultSet rs = s.executeQuery("select pair_first || '|' || pair_second || ' ' || day, event_count, "
                    + "mass, mass_forward, mass_backward, exact_mass, exact_mass_forward, exact_mass_backward, "
                    + "summed_events from daily_rollup where pair_first || '|' || pair_second in " + inList(pairs))) {
                while (rs.next()) {
                    rows.put(rs.getString(1), values(rs, 2, 9));
                }
            }
        }
        return rows;
    }

    private static String inList(List<String> pairs) {
        return "('" + String.join("', '", pairs) + "')";
    }

    private static List<String> values(ResultSet rs, int from, int to) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Object value = rs.getObject(i);
            values.add(value instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d))
                    // As text: equal sums must be stored alike (a scale differing by trailing zeros would show).
                    : value instanceof java.math.BigDecimal ? rs.getString(i)
                            : String.valueOf(value));
        }
        return values;
    }

    /** The rows of one copied pair, keyed as the original pair would be. */
    private static Map<String, List<String>> copiedRows(Map<String, List<String>> rows, String pair) {
        Map<String, List<String>> picked = new TreeMap<>();
        String first = pair.substring(0, 3);
        rows.forEach((key, value) -> {
            if (key.startsWith(pair)) {
                picked.put(key.substring(pair.length()), value);
            }
        });
        assertThat(picked).as(first).isNotEmpty();
        return picked;
    }

    /** PostgreSQL's numeric-to-double conversion and ExactSum's agree: both round to nearest. */
    private void assertDoublesAreNearestOfExactSums() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select mass, exact_mass, mass_forward, exact_mass_forward from "
                        + "daily_rollup where exact_mass is not null")) {
            int checked = 0;
            while (rs.next()) {
                assertThat(ExactSum.of(rs.getBigDecimal(2)).toDouble()).isEqualTo(rs.getDouble(1));
                assertThat(ExactSum.of(rs.getBigDecimal(4)).toDouble()).isEqualTo(rs.getDouble(3));
                checked++;
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private static CheckedEvent event(String id, String source, String target, String type, String modality,
            double confidence, Instant at) {
        return new CheckedEvent(id, "art-" + id, "https://news.example.org/" + id, "exact sums", 0,
                source + " and " + target + ".", 0, 10, EventType.valueOf(type), null, "03", source, target,
                Modality.parse(modality), confidence,
                "did", at, at, "test");
    }

    private static CheckedEvent copyOf(CheckedEvent e) {
        return event(e.id().replace("exact-a-", "exact-b-"), COPY.get(e.source()), COPY.get(e.target()),
                e.type().name(), e.modality().wireName(), e.confidence(), e.eventTime());
    }
}
