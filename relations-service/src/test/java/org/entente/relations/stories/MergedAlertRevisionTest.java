package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.entente.relations.rest.AlertSseClient;
import org.entente.relations.testing.AdminClient;
import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * When a report joins two alerted stories, the alert that absorbs the other publishes its new revision with the
 * retraction, not after the update interval that holds back ordinary updates (here far longer than the wait).
 */
@QuarkusTest
@TestProfile(MergedAlertRevisionTest.LongUpdateInterval.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MergedAlertRevisionTest {

    /** The wait below is a fifth of this: a survivor held back by the interval cannot arrive in time. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    public static class LongUpdateInterval implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.relations.alerts.update-interval", "PT300S");
        }
    }

    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void theAlertThatAbsorbsAnotherIsRevisedAtOnce() throws Exception {
        String ruleId = AdminClient.given().contentType("application/json").body("""
                {"name": "Malta sanctions", "nation": "MLT", "trigger": "event", "types": ["SANCTION"],
                 "suppress": "PT0S"}""").post("/api/v1/alert-rules").then().statusCode(201).extract().path("id");
        Instant at = Instant.now().minus(3, ChronoUnit.HOURS);
        String base = "mr-" + EventTraffic.newId();
        traffic.send("MLT|TUN", SanctionReports.json(base + "-a", "https://www.timesofmalta.com/m1", "MLT", "TUN", at,
                "Malta imposed sanctions on Tunisian ferry routes and banks."));
        traffic.send("MLT|TUN", SanctionReports.json(base + "-c", "https://www.reuters.com/m3", "MLT", "TUN",
                at.plusSeconds(900), "Malta sanctions hit Tunisia's fuel shipping insurers."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().queryParam("ruleId", ruleId)
                .get("/api/v1/alerts").then().statusCode(200).body("alerts.size()", equalTo(2)));

        try (AlertSseClient client = new AlertSseClient(stream, null)) {
            traffic.send("MLT|TUN", SanctionReports.json(base + "-b", "https://www.thenational.ae/m2", "MLT", "TUN",
                    at.plusSeconds(600), "Malta sanctions target Tunisian ferry routes and fuel shipping insurers."));
            boolean retracted = false;
            JsonPath survivor = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while ((!retracted || survivor == null) && System.nanoTime() < deadline) {
                AlertSseClient.Event e = client.next(Duration.ofSeconds(1));
                if (e == null || !e.data().contains(base)) {
                    continue;
                }
                JsonPath alert = JsonPath.from(e.data());
                if (alert.getString("mergedInto") != null) {
                    retracted = true;
                } else if (alert.getList("eventIds").size() == 3) {
                    survivor = alert;
                }
            }
            assertThat(retracted).as("the retraction on the stream").isTrue();
            assertThat(survivor).as("the survivor's revision with all three reports, within %s of an update "
                    + "interval of 300 s", WAIT).isNotNull();
            assertThat(survivor.getInt("revision")).isGreaterThan(1);
        }
    }
}
