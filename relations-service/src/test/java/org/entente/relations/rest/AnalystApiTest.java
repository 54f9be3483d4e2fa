package org.entente.relations.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The analyst API on events that went through the real broker into the real database. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AnalystApiTest {

    private static final Instant NOW = Instant.now();
    private static boolean loaded;

    /** Not @BeforeAll: RestAssured knows the random test port only once a test method runs. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        try (EventTraffic traffic = new EventTraffic()) {
            // JPN-KOR: warming; CHL-PER: one clash. Days apart, so history buckets differ.
            send(traffic, "JPN", "KOR", "AID", null, 100);
            send(traffic, "KOR", "JPN", "AGREE", "defense_pact", 40);
            send(traffic, "JPN", "KOR", "CONSULT", null, 10);
            send(traffic, "JPN", "KOR", "DISAPPROVE", null, 5);
            send(traffic, "CHL", "PER", "FIGHT", null, 3);
        }
        loaded = true;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().get("/api/v1/ties/JPN/KOR").then().statusCode(200).body("eventCount", equalTo(4));
            given().get("/api/v1/ties/CHL/PER").then().statusCode(200).body("eventCount", equalTo(1));
        });
    }

    private static void send(EventTraffic traffic, String source, String target, String type, String subtype,
            int daysAgo) {
        traffic.send(EventTraffic.key(source, target), EventTraffic.event(EventTraffic.newId(), source, target,
                type, subtype, "asserted", NOW.minus(Duration.ofDays(daysAgo))));
    }

    @Test
    void aPairShowsTheEventsThatWeighMostFirst() {
        given().get("/api/v1/ties/KOR/JPN?evidence=4").then().statusCode(200)
                .body("topEvents[0].type", equalTo("AGREE"))
                .body("topEvents[0].sentence", containsString("KOR and JPN"))
                .body("topEvents.size()", equalTo(4))
                .body("directions[0].source", equalTo("JPN"));
    }

    @Test
    void tiesAreRankedBothWays() {
        given().get("/api/v1/ties?nation=PER&order=worst").then().statusCode(200)
                .body("ties[0].partner", equalTo("CHL"))
                .body("ties[0].rank", equalTo(1));
        float worst = given().get("/api/v1/ties?nation=PER&order=worst").then().extract().path("ties[0].score");
        assertThat(worst).isNegative();
        given().get("/api/v1/ties?nation=JPN&order=closest").then().statusCode(200)
                .body("ties.partner", hasItem("KOR"));
    }

    @Test
    void historyByMonthCountsEveryEventAndEndsNearTheCurrentScore() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Integer> counts = given().get("/api/v1/ties/JPN/KOR/history?interval=month&from="
                + today.minusDays(120) + "&to=" + today).then().statusCode(200)
                .body("interval", equalTo("month")).extract().path("points.eventCount");
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        float last = given().get("/api/v1/ties/JPN/KOR/history?interval=day&from=" + today + "&to=" + today)
                .then().extract().path("points[0].score");
        float current = given().get("/api/v1/ties/JPN/KOR").then().extract().path("score");
        assertThat(last).isCloseTo(current, org.assertj.core.api.Assertions.within(1.0f));
    }

    @Test
    void historyAndEventsComeAsCsvToo() {
        String csv = given().accept("text/csv").get("/api/v1/ties/JPN/KOR/history?interval=week")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("pair,start,end,score,score_JPN_KOR,score_KOR_JPN,events\r\n");
        String events = given().get("/api/v1/events?pair=JPN-KOR&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(events.split("\r\n")).hasSize(5);
    }

    @Test
    void eventsFilterAndPageWithACursor() {
        given().get("/api/v1/events?pair=KOR|JPN&type=AGREE&subtype=defense_pact").then().statusCode(200)
                .body("events.size()", equalTo(1)).body("events[0].source", equalTo("KOR"));
        String cursor = given().get("/api/v1/events?pair=JPN-KOR&limit=3").then().statusCode(200)
                .body("events.size()", equalTo(3)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().get("/api/v1/events?pair=JPN-KOR&limit=3&cursor=" + cursor).then().statusCode(200)
                .body("events.size()", equalTo(1)).body("events[0].type", equalTo("AID"))
                .body("nextCursor", nullValue());
    }

    @Test
    void theNetworkHasAnEdgePerPairWithEventsInTheRange() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().get("/api/v1/network?from=" + today.minusDays(7) + "&to=" + today).then().statusCode(200)
                .body("edges.find { it.source == 'CHL' && it.target == 'PER' }.eventCount", equalTo(1))
                .body("nodes.id", hasItem("PER"));
    }

    @Test
    void badDatesAndFiltersAreProblemsThatSayWhatToDo() {
        given().get("/api/v1/ties/JPN/KOR/history?from=2026-05-01&to=2026-01-01").then().statusCode(400)
                .contentType("application/problem+json").body("title", containsString("is after"));
        given().get("/api/v1/events?from=yesterday").then().statusCode(400)
                .body("title", containsString("use ISO 8601 YYYY-MM-DD"));
        given().get("/api/v1/events?type=HUG").then().statusCode(400).body("title", containsString("PLOVER"));
        given().get("/api/v1/events?cursor=zzz").then().statusCode(400).body("title", containsString("nextCursor"));
        given().get("/api/v1/events?limit=5000").then().statusCode(400).body("title", containsString("1..1000"));
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        String doc = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(doc).contains("/api/v1/ties/{a}/{b}/history", "/api/v1/events", "/api/v1/network",
                "/api/v1/nations", "/api/v1/admin/recompute", "example");
    }
}
