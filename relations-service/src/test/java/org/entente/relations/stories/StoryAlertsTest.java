package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.contracts.MessageSchema;
import org.entente.relations.alerts.AlertsTopicReader;
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
import io.restassured.path.json.JsonPath;

/**
 * A rule that never suppresses (PT0S) raises one alert per matching story, not per report: a later
 * report of the same story joins the alert already raised (one more event, a new revision), while a
 * look-alike event of the same pair and day raises its own. When a later report joins two alerted stories,
 * one alert is left live and the other is retracted by a revision naming it, on the topic and the stream.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StoryAlertsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void aLaterReportOfTheSameStoryJoinsItsAlert() {
        String ruleId = AdminClient.given().contentType("application/json").body("""
                {"name": "Bahrain sanctions", "nation": "BRN", "trigger": "event", "types": ["SANCTION"],
                 "suppress": "PT0S"}""").post("/api/v1/alert-rules").then().statusCode(201).extract().path("id");
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
        String first = "sa-" + EventTraffic.newId();
        traffic.send("BRN|QAT", SanctionReports.json(first, "https://www.gulfnews.com/a", "BRN", "QAT", at,
                "Bahrain imposed sanctions on Qatari airline routes and banks."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().queryParam("ruleId", ruleId)
                .get("/api/v1/alerts").then().statusCode(200).body("alerts.size()", equalTo(1)));

        // The joining report's id sorts after the first's: a story is named by its smallest event id.
        traffic.send("BRN|QAT",
                SanctionReports.json(first + "-b", "https://m.thenational.ae/b", "BRN", "QAT", at.plusSeconds(600),
                        "New sanctions from Bahrain target Qatari banks and airline routes."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().get("/api/v1/ties/BRN/QAT").then()
                .statusCode(200).body("eventCount", equalTo(2)));
        JsonPath alerts = AdminClient.given().queryParam("ruleId", ruleId).get("/api/v1/alerts").then()
                .statusCode(200).extract().jsonPath();
        assertThat(alerts.getList("alerts")).as("one story, one alert").hasSize(1);
        assertThat(alerts.getInt("alerts[0].eventCount")).isEqualTo(2);
        assertThat(alerts.getInt("alerts[0].sourceCount")).isEqualTo(2);
        assertThat(alerts.getInt("alerts[0].revision")).isEqualTo(2);

        traffic.send("BRN|QAT",
                SanctionReports.json("sa-" + EventTraffic.newId(), "https://www.reuters.com/c", "BRN", "QAT",
                        at.plusSeconds(900),
                        "Bahrain sanctions hit Qatar's gas shipping insurers."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().queryParam("ruleId", ruleId)
                .get("/api/v1/alerts").then().statusCode(200).body("alerts.size()", equalTo(2)));
        AdminClient.given().get("/api/v1/stories?pair=BRN-QAT").then().statusCode(200)
                .body("stories.size()", equalTo(2)).body("stories[1].id", equalTo(first))
                .body("stories[1].reportCount", equalTo(2));
    }

    @Test
    void aReportJoiningTwoAlertedStoriesRetractsOneAlertIntoTheOther() throws Exception {
        String ruleId = AdminClient.given().contentType("application/json").body("""
                {"name": "Kuwait sanctions", "nation": "KWT", "trigger": "event", "types": ["SANCTION"],
                 "suppress": "PT0S"}""").post("/api/v1/alert-rules").then().statusCode(201).extract().path("id");
        Instant at = Instant.now().minus(3, ChronoUnit.HOURS);
        // Named so that the airline story's report sorts first: its alert is the one a merge keeps.
        String base = "sm-" + EventTraffic.newId();
        traffic.send("KWT|OMN", SanctionReports.json(base + "-a", "https://www.gulfnews.com/k1", "KWT", "OMN", at,
                "Kuwait imposed sanctions on Omani airline routes and banks."));
        traffic.send("KWT|OMN", SanctionReports.json(base + "-c", "https://www.reuters.com/k3", "KWT", "OMN",
                at.plusSeconds(900), "Kuwait sanctions hit Oman's gas shipping insurers."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().queryParam("ruleId", ruleId)
                .get("/api/v1/alerts").then().statusCode(200).body("alerts.size()", equalTo(2)));
        JsonPath two = AdminClient.given().queryParam("ruleId", ruleId).get("/api/v1/alerts").jsonPath();
        String kept = alertHolding(two, base + "-a");
        String retracted = alertHolding(two, base + "-c");

        try (AlertSseClient client = new AlertSseClient(stream, null)) {
            // Shares airline routes with the first sentence and gas shipping insurers with the second: one story.
            traffic.send("KWT|OMN", SanctionReports.json(base + "-b", "https://www.thenational.ae/k2", "KWT", "OMN",
                    at.plusSeconds(600), "Kuwait sanctions target Omani airline routes and gas shipping insurers."));
            AlertSseClient.Event retraction = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (retraction == null && System.nanoTime() < deadline) {
                AlertSseClient.Event e = client.next(Duration.ofSeconds(1));
                if (e != null && e.data().contains(retracted)) {
                    retraction = e;
                }
            }
            assertThat(retraction).as("the retraction on the SSE stream").isNotNull();
            assertThat(retraction.name()).isEqualTo("alert");
            assertThat(JsonPath.from(retraction.data()).getString("mergedInto")).isEqualTo(kept);
        }
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().queryParam("ruleId", ruleId)
                .get("/api/v1/alerts").then().statusCode(200).body("alerts.size()", equalTo(1))
                .body("alerts[0].id", equalTo(kept)).body("alerts[0].eventCount", equalTo(3)));
        AdminClient.given().get("/api/v1/stories?pair=KWT-OMN").then().statusCode(200)
                .body("stories.size()", equalTo(1)).body("stories[0].reportCount", equalTo(3));
        JsonPath gone = AdminClient.given().get("/api/v1/alerts/" + retracted).then().statusCode(200).extract().jsonPath();
        assertThat(gone.getString("mergedInto")).isEqualTo(kept);
        assertThat(gone.getInt("revision")).isEqualTo(2);

        List<String> onTopic = AlertsTopicReader.read(v -> v.contains("\"id\":\"" + retracted + "\"")
                && v.contains("\"mergedInto\":\"" + kept + "\""), WAIT).stream().map(ConsumerRecord::value).toList();
        assertThat(onTopic).as("the retraction on topic alerts").isNotEmpty();
        onTopic.forEach(MessageSchema.ALERT::requireValid);
    }

    private static String alertHolding(JsonPath alerts, String eventId) {
        for (int i = 0; i < alerts.getList("alerts").size(); i++) {
            if (alerts.getList("alerts[" + i + "].eventIds", String.class).contains(eventId)) {
                return alerts.getString("alerts[" + i + "].id");
            }
        }
        throw new AssertionError("no alert holds " + eventId + ": " + alerts.prettify());
    }
}
