package org.entente.relations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.relations.testing.AdminClient.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * What an alert rule and its open alert need to outlive a restart lives in PostgreSQL, not in this
 * process: a rule written straight into the database (as an earlier process or another instance left it,
 * never through this application's API or rule cache) is read within {@code rule-refresh} and fires, and
 * its suppression window, looked up in the database, makes later matches join the stored alert.
 * Stands alone: it seeds what it reads, in a fresh application of its own profile.
 */
@QuarkusTest
@TestProfile(AlertRestartTest.Restarted.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PAIR = "LKA|MDV";

    /** A profile of its own, so this class gets an application that never saw the rule. */
    public static class Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.relations.alerts.rule-refresh", "PT4S");
        }
    }

    @Inject
    DataSource db;
    @Inject
    AlertRuleBook book;

    @Test
    void aStoredRuleFiresAndItsStoredAlertKeepsSuppressing() throws SQLException {
        UUID ruleId = UUID.randomUUID();
        storeRule(ruleId, "Maldives defense pacts", new AlertRuleSpec(AlertRuleSpec.Severity.HIGH,
                AlertRuleSpec.Scope.NATION, "MDV", null, AlertRuleSpec.Trigger.EVENT, Set.of("AGREE"),
                Set.of("defense_pact"), Set.of(), null, null, null, null, 1800, null));
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        AtomicInteger sent = new AtomicInteger();
        try (EventTraffic traffic = new EventTraffic()) {
            // Until the rule cache is next read the events raise nothing; each poll sends one more pact.
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                traffic.send(PAIR, pact(at.plusSeconds(sent.getAndIncrement())));
                return !alerts(ruleId).isEmpty();
            });
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/LKA/MDV").then().statusCode(200)
                    .body("eventCount", equalTo(sent.get())));
            List<Map<String, Object>> raised = alerts(ruleId);
            assertThat(raised).hasSize(1);
            String alertId = (String) raised.get(0).get("id");
            int counted = (Integer) raised.get(0).get("eventCount");
            given().get("/api/v1/alert-rules/" + ruleId).then().statusCode(200)
                    .body("name", equalTo("Maldives defense pacts")).body("subtypes[0]", equalTo("defense_pact"));

            traffic.send(PAIR, pact(at.plusSeconds(sent.getAndIncrement())));
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/alerts/" + alertId).then()
                    .statusCode(200).body("eventCount", equalTo(counted + 1)));
            assertThat(alerts(ruleId)).hasSize(1);
        }
    }

    private static String pact(Instant at) {
        return EventTraffic.event(EventTraffic.newId(), "MDV", "LKA", "AGREE", "defense_pact", "asserted", at);
    }

    private static List<Map<String, Object>> alerts(UUID ruleId) {
        JsonPath page = given().queryParam("ruleId", ruleId.toString()).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath();
        return page.getList("alerts");
    }

    private void storeRule(UUID id, String name, AlertRuleSpec spec) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into alert_rule (id, name, enabled, definition, created_at, updated_at)"
                                + " values (?, ?, true, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, book.write(spec));
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
    }
}
