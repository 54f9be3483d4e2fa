package org.entente.relations.service;

import static org.entente.relations.testing.AdminClient.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.entente.relations.messaging.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Runs after Quarkus restarted with another test profile (Quarkus orders test classes by profile,
 * default profile first), against the same PostgreSQL: the rule and the alert that
 * {@code AlertPipelineTest} created are still there, and the rule still suppresses into that alert.
 */
@QuarkusTest
@TestProfile(AlertRestartTest.Restarted.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertRestartTest {

    /** A profile that changes nothing that matters, so Quarkus must stop and start the application. */
    public static class Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.relations.alerts.rule-refresh", "PT4S");
        }
    }

    @Test
    void rulesAndAlertsSurviveARestart() {
        String seed = System.getProperty("entente.test.alert-restart-seed");
        assertThat(seed).as("AlertPipelineTest must run first in this JVM (mvn verify runs both)").isNotNull();
        String ruleId = seed.split(",")[0];
        String alertId = seed.split(",")[1];
        given().get("/api/v1/alert-rules/" + ruleId).then().statusCode(200)
                .body("name", equalTo("Bhutan defense pacts")).body("subtypes[0]", equalTo("defense_pact"));
        given().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("eventCount", equalTo(3)).body("sourceCount", equalTo(3));

        // The rule, read afresh from the database, still fires, and its suppression window still holds.
        try (EventTraffic traffic = new EventTraffic()) {
            traffic.send("BTN|NPL", EventTraffic.event(EventTraffic.newId(), "BTN", "NPL", "AGREE", "defense_pact",
                    "asserted", Instant.now().minus(30, ChronoUnit.MINUTES)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/alerts/" + alertId).then()
                .statusCode(200).body("eventCount", equalTo(4)).body("sourceCount", equalTo(4)));
        JsonPath alerts = given().queryParam("ruleId", ruleId).get("/api/v1/alerts").jsonPath();
        assertThat(alerts.getList("alerts")).hasSize(1);
    }
}
