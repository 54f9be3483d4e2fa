package org.entente.relations.ties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.stories.StoryStore;
import org.entente.relations.testing.CountingDataSource;
import org.entente.relations.testing.HibernateStatements;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A batch costs the same few statements on one connection however many pairs it touches (the pairs' stories read in
 * one statement and written in one batch), and none of the tie lock, the recompute lock or the tie update goes through
 * Hibernate, whose query plans, result mapping and flush cost more than the statements on this path.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ApplyStatementsTest {

    /** Six pairs no other test uses. */
    private static final String[][] PAIRS = { { "AND", "MCO" }, { "LIE", "SMR" }, { "ISL", "MLT" }, { "BTN", "MDV" },
            { "COM", "SYC" }, { "LUX", "STP" } };
    /** Shared lock, log, missing ties, tie lock, stories read, tie update, story delete, story and report upserts, rollups. */
    private static final int MOST_STATEMENTS = 10;

    @Inject
    DataSource dataSource;
    @Inject
    ActiveScoring scoring;
    @Inject
    EventLogWriter log;
    @Inject
    Event<AppliedEvent> applied;
    @Inject
    StoryStore stories;

    @Test
    void aBatchOverSixPairsIsAFewStatementsOnOneConnectionAndNoneOfTheTieWorkThroughHibernate() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        // The second batch's reports join the first batch's stories (same type, pair, direction and sentence, other
        // articles, within the window): stories are read back, replaced and deleted too.
        for (int round = 0; round < 2; round++) {
            List<CheckedEvent> batch = new ArrayList<>();
            for (String[] pair : PAIRS) {
                for (int i = 0; i < 2; i++) {
                    String id = "stmts-" + run + "-" + round + "-" + pair[0] + "-" + i;
                    batch.add(event(id, pair[0], pair[1], i == 0 ? "AGREE" : "SANCTION", at.plusSeconds(60 * round)));
                }
            }
            CountingDataSource counting = new CountingDataSource(dataSource);
            EventApplier applier = new EventApplier(counting.dataSource(), scoring, log, applied, stories);

            List<Integer> appliedCount = new ArrayList<>();
            List<String> hibernate = HibernateStatements.record(() -> QuarkusTransaction.requiringNew()
                    .run(() -> appliedCount.add(applier.applyAll(batch))));

            assertThat(appliedCount).containsExactly(12);
            assertThat(counting.connections()).as("connections taken").isEqualTo(1);
            assertThat(counting.statements()).as("round %d: %s", round, counting.statements())
                    .hasSizeLessThanOrEqualTo(MOST_STATEMENTS);
            assertThat(counting.statements()).filteredOn(s -> s.contains("story_report r join event_log e"))
                    .hasSize(1);
            // Alert rules other tests left enabled may read through Hibernate; the tie work must not.
            assertThat(hibernate).noneMatch(s -> s.contains("pg_advisory") || s.contains(" tie ")
                    || s.startsWith("update tie") || s.contains("from tie"));
        }
        Long stored = QuarkusTransaction.requiringNew().call(() -> count(
                "select count(*) from story s where s.pair_first = 'AND' and s.pair_second = 'MCO' "
                        + "and s.lead_event_id like 'stmts-" + run + "-%'"));
        // each round's AGREE and SANCTION joined the round before's: two stories of two reports each
        assertThat(stored).isEqualTo(2L);
    }

    /**
     * A batch writes every story of the components it touched, but a report whose row already names its story and link
     * is not written again: its row keeps the version (xmin) the first batch wrote.
     */
    @Test
    void aReportThatStaysInItsStoryIsNotWrittenAgain() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        List<String> ids = new ArrayList<>();
        Map<String, String> versionAfterItsBatch = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            String id = "stays-" + run + "-" + round;
            ids.add(id);
            CheckedEvent event = event(id, "NRU", "PLW", "AGREE", at.plusSeconds(60 * round));
            EventApplier applier = new EventApplier(dataSource, scoring, log, applied, stories);
            assertThat(QuarkusTransaction.requiringNew().call(() -> applier.applyAll(List.of(event)))).isEqualTo(1);
            versionAfterItsBatch.put(id, versions(List.of(id)).get(id));
        }
        Map<String, String> now = versions(ids);
        assertThat(now).as("story_report row versions after the third batch").containsAllEntriesOf(versionAfterItsBatch);
        Long oneStory = QuarkusTransaction.requiringNew().call(() -> count("select count(distinct story_id) from "
                + "story_report where event_id like 'stays-" + run + "-%'"));
        assertThat(oneStory).as("the three reports are one story").isEqualTo(1L);
    }

    /**
     * A tie and a rollup row that a later batch updates are updated in place (HOT): no column any index names changes,
     * so PostgreSQL writes no index entry for the new row version (V36).
     */
    @Test
    void tiesAndRollupsAreUpdatedInPlace() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        long[] updatedAndHot = QuarkusTransaction.requiringNew().call(() -> {
            EventApplier applier = new EventApplier(dataSource, scoring, log, applied, stories);
            for (int round = 0; round < 3; round++) {
                String id = "hot-" + run + "-" + round;
                assertThat(applier.applyAll(List.of(event(id, "KNA", "SLB", "AGREE", at.plusSeconds(60 * round)))))
                        .isEqualTo(1);
            }
            // this transaction's own counts, on its connection
            try (var c = dataSource.getConnection();
                    var s = c.createStatement();
                    var rs = s.executeQuery("select coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_hot_upd), 0) "
                            + "from pg_stat_xact_user_tables where relname in ('tie', 'daily_rollup')")) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2) };
            }
        });
        assertThat(updatedAndHot[0]).as("tie and rollup rows updated").isPositive();
        assertThat(updatedAndHot[1]).as("of which in place (HOT)").isEqualTo(updatedAndHot[0]);
    }

    /** Each report's row version: PostgreSQL gives an updated row a new xmin, even when no value changed. */
    private Map<String, String> versions(List<String> eventIds) {
        Map<String, String> versions = new HashMap<>();
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("select event_id, xmin::text from story_report where event_id = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", eventIds.toArray()));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return versions;
    }

    private Long count(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CheckedEvent event(String id, String source, String target, String type, Instant at) {
        return new CheckedEvent(id, "art-" + id, "https://news.example.org/" + id, "statements", 0,
                "The two governments reached an accord on fisheries and ports.", 0, 62, EventType.valueOf(type), null,
                "03", source, target, Modality.parse("asserted"), 0.9, "reached", at, at, "test");
    }
}
