package org.entente.relations.ties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real broker, real PostgreSQL: events produced to {@code events} show up in the REST API exactly once. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EventConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

    @Test
    void anEventOnTheTopicBecomesATie() {
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        traffic.send("IRN|SAU", EventTraffic.event(EventTraffic.newId(), "SAU", "IRN", "AGREE", "normalization",
                "asserted", at));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/IRN/SAU").then().statusCode(200)
                .body("eventCount", equalTo(1)));
        float score = given().get("/api/v1/ties/SAU/IRN").then().statusCode(200)
                .body("pair", equalTo("IRN|SAU"))
                .body("topEvents[0].articleUrl", org.hamcrest.Matchers.startsWith("https://news.example.org/"))
                .extract().path("score");
        assertThat(score).isPositive().isLessThanOrEqualTo(100f);
        given().get("/api/v1/ties?nation=SAU").then().statusCode(200)
                .body("ties.partner", hasItem("IRN"));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String id = EventTraffic.newId();
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
        String value = EventTraffic.event(id, "FRA", "DEU", "COOPERATE", null, "asserted", at);
        traffic.send("DEU|FRA", value);
        traffic.send("DEU|FRA", value);
        // A later, different event of the same pair: same partition, so both copies were handled before it.
        traffic.send("DEU|FRA", EventTraffic.event(EventTraffic.newId(), "DEU", "FRA", "CONSULT", null,
                "asserted", at));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/FRA/DEU").then().statusCode(200)
                .body("eventCount", equalTo(2)));
        given().get("/api/v1/ties/FRA/DEU").then().body("directions.eventCount", equalTo(List.of(1, 1)));
    }

    @Test
    void aSymmetricStoryCountsHalfInEachDirectionAndADirectedOneInItsOwn() {
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
        // "Hungary and Austria agreed": HUN named first, so the report runs HUN -> AUT, and the pair's first is AUT.
        traffic.send("AUT|HUN", EventTraffic.event(EventTraffic.newId(), "HUN", "AUT", "AGREE", null, "asserted", at));
        traffic.send("AUT|HUN", EventTraffic.event(EventTraffic.newId(), "HUN", "AUT", "SANCTION", null, "asserted",
                at.minus(30, ChronoUnit.DAYS)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/AUT/HUN").then().statusCode(200)
                .body("eventCount", equalTo(2)));
        io.restassured.path.json.JsonPath tie = given().get("/api/v1/ties/AUT/HUN").then().extract().jsonPath();
        float agree = 100 * (float) Math.tanh(2.5 * 0.9 / 2 / 25);
        assertThat(tie.getString("directions[0].source")).isEqualTo("AUT");
        assertThat(tie.getFloat("directions[0].score")).as("AUT -> HUN: half the AGREE")
                .isCloseTo(agree, org.assertj.core.api.Assertions.within(0.1f));
        assertThat(tie.getFloat("directions[1].score")).as("HUN -> AUT: the other half and the SANCTION")
                .isCloseTo((float) (100 * Math.tanh(2.5 * 0.9 / 2 / 25 - 6 * 0.9 * Math.pow(2, -30 / 90.0) / 25)),
                        org.assertj.core.api.Assertions.within(0.1f));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithAReasonAndTheNextEventIsApplied() {
        Instant at = Instant.now().minus(3, ChronoUnit.HOURS);
        traffic.send("EGY|ISR", "{this is not json");
        traffic.send("EGY|XYZ", EventTraffic.event(EventTraffic.newId(), "EGY", "XYZ", "AGREE", null,
                "asserted", at));
        traffic.send("EGY|ISR", EventTraffic.event(EventTraffic.newId(), "EGY", "ISR", "ACCUSE", null,
                "asserted", at));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/EGY/ISR").then().statusCode(200)
                .body("eventCount", equalTo(1)));
        List<ConsumerRecord<String, String>> dead = traffic.deadLetters(Duration.ofSeconds(5));
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.value()).isEqualTo("{this is not json");
            assertThat(EventTraffic.header(r, "dead-letter-reason")).contains("not a valid Event v1");
        });
        assertThat(dead).anySatisfy(r -> assertThat(EventTraffic.header(r, "dead-letter-reason"))
                .contains("unknown nation code 'XYZ'"));
        float score = given().get("/api/v1/ties/ISR/EGY").then().extract().path("score");
        assertThat(score).isNegative();
    }
}
