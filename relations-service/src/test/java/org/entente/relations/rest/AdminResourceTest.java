package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.entente.relations.testing.AdminClient.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Recomputing from the event log gives back the live ties, and new parameters change them. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AdminResourceTest {

    @Test
    void recomputeReproducesTheLiveTiesAndAppliesNewParameters() {
        try (EventTraffic traffic = new EventTraffic()) {
            Instant old = Instant.now().minus(Duration.ofDays(200));
            traffic.send("ARG|BRA", EventTraffic.event(EventTraffic.newId(), "ARG", "BRA", "COOPERATE", null,
                    "asserted", old));
            traffic.send("ARG|BRA", EventTraffic.event(EventTraffic.newId(), "BRA", "ARG", "SANCTION", null,
                    "intent", old.plus(Duration.ofDays(30))));
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/v1/ties/ARG/BRA").then().statusCode(200).body("eventCount", equalTo(2)));
        float live = score();

        recompute("{}");
        assertThat(score()).isCloseTo(live, within(0.05f));

        recompute("{\"halfLifeDays\": 360}");
        given().get("/api/v1/admin/parameters").then().body("halfLifeDays", equalTo(360.0f));
        assertThat(score()).isGreaterThan(live);

        recompute("{\"halfLifeDays\": 90}");
        assertThat(score()).isCloseTo(live, within(0.05f));
    }

    @Test
    void nonsenseParametersAreRefused() {
        given().contentType("application/json").body("{\"halfLifeDays\": -1}").post("/api/v1/admin/recompute")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"halfLifeDays\": 0.5}").post("/api/v1/admin/recompute")
                .then().statusCode(400).body("title", equalTo("halfLifeDays must be from 1 to 36500"));
        given().contentType("application/json").body("{\"typeWeights\": {\"HUG\": 3}}")
                .post("/api/v1/admin/recompute").then().statusCode(400);
    }

    private static float score() {
        return given().get("/api/v1/ties/ARG/BRA").then().statusCode(200).extract().path("score");
    }

    private static void recompute(String body) {
        given().contentType("application/json").body(body).post("/api/v1/admin/recompute").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/v1/admin/recompute").then().body("state", equalTo("succeeded")));
    }
}
