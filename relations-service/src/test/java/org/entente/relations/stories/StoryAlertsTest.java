package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.entente.relations.testing.AdminClient;
import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rule that never suppresses (PT0S) raises one alert per matching story, not per report: a later
 * report of the same story joins the alert already raised (one more event, a new revision), while a
 * look-alike event of the same pair and day raises its own.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StoryAlertsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

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
        traffic.send("BRN|QAT", SanctionReports.json(first + "-b", "https://m.thenational.ae/b", "BRN", "QAT", at.plusSeconds(600),
                "New sanctions from Bahrain target Qatari banks and airline routes."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().get("/api/v1/ties/BRN/QAT").then()
                .statusCode(200).body("eventCount", equalTo(2)));
        JsonPath alerts = AdminClient.given().queryParam("ruleId", ruleId).get("/api/v1/alerts").then()
                .statusCode(200).extract().jsonPath();
        assertThat(alerts.getList("alerts")).as("one story, one alert").hasSize(1);
        assertThat(alerts.getInt("alerts[0].eventCount")).isEqualTo(2);
        assertThat(alerts.getInt("alerts[0].sourceCount")).isEqualTo(2);
        assertThat(alerts.getInt("alerts[0].revision")).isEqualTo(2);

        traffic.send("BRN|QAT", SanctionReports.json("sa-" + EventTraffic.newId(), "https://www.reuters.com/c", "BRN", "QAT", at.plusSeconds(900),
                "Bahrain sanctions hit Qatar's gas shipping insurers."));
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().queryParam("ruleId", ruleId)
                .get("/api/v1/alerts").then().statusCode(200).body("alerts.size()", equalTo(2)));
        AdminClient.given().get("/api/v1/stories?pair=BRN-QAT").then().statusCode(200)
                .body("stories.size()", equalTo(2)).body("stories[1].id", equalTo(first))
                .body("stories[1].reportCount", equalTo(2));
    }
}
