package org.entente.relations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.relations.testing.AdminClient.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.contracts.MessageSchema;
import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Real broker, real PostgreSQL: Event v1 records produced to {@code events} raise alerts that are
 * stored, listed, and published to {@code alerts}; non-matching events and redeliveries raise none, and
 * a burst of articles about one story makes one alert that counts and links its sources.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

    @Test
    void aBurstAboutOneDefensePactRaisesOneAlertThatCountsItsSources() {
        String ruleId = createRule("""
                {"name": "Bhutan defense pacts", "severity": "high", "nation": "BTN", "trigger": "event",
                 "types": ["AGREE"], "subtypes": ["defense_pact"], "suppress": "PT30M"}""");
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        String first = EventTraffic.newId();
        String firstValue = EventTraffic.event(first, "BTN", "NPL", "AGREE", "defense_pact", "asserted", at);
        traffic.send("BTN|NPL", firstValue);
        traffic.send("BTN|NPL", firstValue); // redelivery: must not count twice
        traffic.send("BTN|NPL", EventTraffic.event(EventTraffic.newId(), "NPL", "BTN", "AGREE", "defense_pact",
                "asserted", at.plusSeconds(60)));
        traffic.send("BTN|NPL", EventTraffic.event(EventTraffic.newId(), "BTN", "NPL", "CONSULT", null,
                "asserted", at.plusSeconds(90)));
        traffic.send("BTN|NPL", EventTraffic.event(EventTraffic.newId(), "BTN", "NPL", "AGREE", "defense_pact",
                "asserted", at.plusSeconds(120)));
        // Not about BTN: quiet. A second event of the same pair marks when the first was handled.
        traffic.send("IND|NPL", EventTraffic.event(EventTraffic.newId(), "NPL", "IND", "AGREE", "defense_pact",
                "asserted", at));
        traffic.send("IND|NPL", EventTraffic.event(EventTraffic.newId(), "NPL", "IND", "CONSULT", null,
                "asserted", at));

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/BTN/NPL").then().statusCode(200)
                .body("eventCount", equalTo(4)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/IND/NPL").then().statusCode(200)
                .body("eventCount", equalTo(2)));
        JsonPath alerts = given().queryParam("ruleId", ruleId).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(alerts.getList("alerts")).hasSize(1);
        assertThat(alerts.getString("alerts[0].pair")).isEqualTo("BTN|NPL");
        assertThat(alerts.getString("alerts[0].severity")).isEqualTo("high");
        assertThat(alerts.getString("alerts[0].kind")).isEqualTo("event");
        assertThat(alerts.getInt("alerts[0].eventCount")).isEqualTo(3);
        assertThat(alerts.getInt("alerts[0].sourceCount")).isEqualTo(3);
        assertThat(alerts.getList("alerts[0].eventIds")).hasSize(3).contains(first);
        assertThat(alerts.getList("alerts[0].evidence.articleUrl", String.class)).hasSize(3)
                .allSatisfy(url -> assertThat(url).startsWith("https://news.example.org/"));
        assertThat(alerts.getString("alerts[0].evidence[0].sentence")).contains("BTN and NPL");
        String alertId = alerts.getString("alerts[0].id");

        List<ConsumerRecord<String, String>> published = AlertsTopicReader.read(v -> v.contains(alertId),
                Duration.ofSeconds(30));
        assertThat(published).isNotEmpty().allSatisfy(r -> assertThat(r.key()).isEqualTo("BTN|NPL"));
        published.forEach(r -> MessageSchema.ALERT.requireValid(r.value()));
        assertThat(published.get(0).value()).contains("\"schemaVersion\":1", "\"ruleId\":\"" + ruleId + "\"");
    }

    @Test
    void firstContactAndAThresholdCrossingFireOnceEach() {
        String firstContact = createRule("""
                {"name": "new contact LSO-SWZ", "severity": "low", "pair": "SWZ|LSO", "trigger": "first_contact"}""");
        String threshold = createRule("""
                {"name": "LSO-SWZ turns friendly", "severity": "medium", "pair": "LSO|SWZ", "trigger": "threshold",
                 "threshold": 0.5, "direction": "up", "suppress": "PT0S"}""");
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        for (int i = 0; i < 3; i++) {
            traffic.send("LSO|SWZ", EventTraffic.event(EventTraffic.newId(), "LSO", "SWZ", "COOPERATE", null,
                    "asserted", at.plusSeconds(i)));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/LSO/SWZ").then().statusCode(200)
                .body("eventCount", equalTo(3)));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(given().queryParam("ruleId", firstContact).get("/api/v1/alerts").jsonPath()
                    .getList("alerts.kind")).containsExactly("first_contact");
            assertThat(given().queryParam("ruleId", threshold).get("/api/v1/alerts").jsonPath()
                    .getList("alerts.kind")).containsExactly("threshold");
        });
        given().queryParam("pair", "swz,lso").queryParam("kind", "first_contact").get("/api/v1/alerts").then()
                .statusCode(200).body("alerts.size()", equalTo(1)).body("alerts[0].message",
                        equalTo("first recorded contact between LSO and SWZ: COOPERATE LSO -> SWZ"));
    }

    @Test
    void aDisabledRuleStaysQuiet() {
        String ruleId = createRule("""
                {"name": "paused", "enabled": false, "pair": "GUY|SUR", "trigger": "event"}""");
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        traffic.send("GUY|SUR", EventTraffic.event(EventTraffic.newId(), "GUY", "SUR", "ACCUSE", null,
                "asserted", at));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/GUY/SUR").then().statusCode(200)
                .body("eventCount", equalTo(1)));
        given().queryParam("ruleId", ruleId).get("/api/v1/alerts").then().body("alerts.size()", equalTo(0));
    }

    static String createRule(String body) {
        return given().contentType("application/json").body(body).post("/api/v1/alert-rules").then()
                .statusCode(201).extract().path("id");
    }
}
