package org.entente.relations.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An event found in an article's headline (Event v1 evidencePart title) goes through the real broker into the real
 * database and comes out of the API, JSON and CSV, as the headline's evidence; one sent before the field as the
 * text's.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
// Cape Verde and Guinea-Bissau: a pair no other test of the shared database sends events of (ExactTiesTest counts
// every row of its pairs, KIR|TUV among them).
class HeadlineEvidenceTest {

    private static final String HEADLINE = "Cape Verde signs fisheries pact with Guinea-Bissau";

    @Test
    void aHeadlinesEventIsShownAsTheHeadlineAndAnOlderEventAsTheText() {
        Instant at = Instant.now().minus(Duration.ofDays(2));
        String headlineId = EventTraffic.newId();
        String headline = EventTraffic.event(headlineId, "CPV", "GNB", "AGREE", null, "asserted", at)
                .replace("\"sentence\": \"CPV and GNB did something of type AGREE.\"",
                        "\"sentence\": \"" + HEADLINE + "\", \"evidencePart\": \"title\"");
        assertThat(headline).contains("\"evidencePart\": \"title\"");
        String olderId = EventTraffic.newId();
        try (EventTraffic traffic = new EventTraffic()) {
            traffic.send(EventTraffic.key("CPV", "GNB"), headline);
            traffic.send(EventTraffic.key("CPV", "GNB"),
                    EventTraffic.event(olderId, "GNB", "CPV", "SUPPORT", null, "asserted", at.plusSeconds(60)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/ties/CPV/GNB").then()
                .statusCode(200).body("eventCount", equalTo(2)));

        given().get("/api/v1/events?pair=CPV-GNB").then().statusCode(200)
                .body("events.find { it.id == '" + headlineId + "' }.evidencePart", equalTo("title"))
                .body("events.find { it.id == '" + headlineId + "' }.sentence", equalTo(HEADLINE))
                .body("events.find { it.id == '" + olderId + "' }.evidencePart", equalTo("text"));
        given().get("/api/v1/ties/CPV/GNB").then().statusCode(200)
                .body("topEvents.find { it.id == '" + headlineId + "' }.evidencePart", equalTo("title"));
        List<String> csv = given().get("/api/v1/events?pair=CPV-GNB&format=csv").then().statusCode(200).extract()
                .asString().lines().toList();
        assertThat(csv.get(0)).contains(",sentence,evidence_part,article_url,");
        assertThat(csv).anySatisfy(row -> assertThat(row).startsWith(headlineId + ",")
                .contains("," + HEADLINE + ",title,"));
        assertThat(csv).anySatisfy(row -> assertThat(row).startsWith(olderId + ",").contains(",text,"));
    }
}
