package org.entente.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import io.restassured.http.ContentType;

/**
 * The whole pipeline with real parts: an RSS feed on 127.0.0.1 -> ingest-service -> Kafka
 * `articles` -> nlp-service (CoreNLP) -> Kafka `events` -> relations-service -> PostgreSQL -> REST.
 */
class FeedToTieIT {

    private static final String TEXT = "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and "
            + "reopen their embassies within two months, in a deal brokered by China. The two regional rivals said "
            + "they would respect each other's sovereignty.";

    /** An aggregator's item: a headline and a link, no description. */
    private static final String HEADLINE_ONLY = "Turkey signs defense pact with Qatar";

    private static final EntenteServices SERVICES = new EntenteServices();
    private static RssFeedServer feed;

    @RegisterExtension
    static final TestWatcher SHOW_LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.out.println("Service logs are kept in " + EntenteServices.LOGS + SERVICES.tails());
        }
    };

    @BeforeAll
    static void startEverything() throws Exception {
        feed = new RssFeedServer("/world/" + UUID.randomUUID(), "Saudi Arabia and Iran agree to restore ties", TEXT,
                HEADLINE_ONLY);
        SERVICES.start(EntenteInfrastructure.shared(), Map.of(
                // No network here: only the test's own feed is polled.
                "ENTENTE_INGEST_SEED_DEFAULT_FEEDS", "false",
                "ENTENTE_INGEST_MIN_POLL_SECONDS", "1"));
    }

    @AfterAll
    static void stopEverything() {
        SERVICES.close();
        if (feed != null) {
            feed.close();
        }
    }

    @Test
    void anArticleInAPolledFeedBecomesATieBetweenIranAndSaudiArabia() {
        // feeds are admin: without the token the packaged service refuses (401 problem+json)
        given().baseUri(SERVICES.ingest.baseUrl()).contentType(ContentType.JSON)
                .body(Map.of("url", feed.feedUrl(), "pollSeconds", 5))
                .post("/api/v1/feeds")
                .then().statusCode(401).contentType("application/problem+json");
        given().baseUri(SERVICES.ingest.baseUrl()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + SERVICES.adminToken)
                .body(Map.of("url", feed.feedUrl(), "pollSeconds", 5))
                .post("/api/v1/feeds")
                // 409 when the headline test, which polls the same feed, ran first
                .then().statusCode(org.hamcrest.Matchers.in(new Integer[] { 201, 409 }));

        Awaitility.await("the IRN-SAU tie in relations-service")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> given().baseUri(SERVICES.relations.baseUrl())
                        .queryParam("nation", "SAU")
                        .get("/api/v1/ties")
                        .then().statusCode(200)
                        .body("nation", org.hamcrest.Matchers.equalTo("SAU"))
                        .body("ties.partner", hasItem("IRN")));

        given().baseUri(SERVICES.relations.baseUrl())
                .get("/api/v1/ties/IRN/SAU")
                .then().statusCode(200)
                .body("a", org.hamcrest.Matchers.in(new String[] { "IRN", "SAU" }))
                .body("directions.source",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.in(new String[] { "IRN", "SAU" })))
                .body("eventCount", greaterThan(0))
                .body("topEvents.type", hasItem(org.hamcrest.Matchers.in(new String[] { "AGREE", "CONSULT" })));
    }

    @Test
    void aHeadlineOnlyItemBecomesATieWhoseEvidenceIsTheHeadline() {
        given().baseUri(SERVICES.ingest.baseUrl()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + SERVICES.adminToken)
                .body(Map.of("url", feed.feedUrl(), "pollSeconds", 5))
                .post("/api/v1/feeds")
                .then().statusCode(org.hamcrest.Matchers.in(new Integer[] { 201, 409 }));

        Awaitility.await("the QAT-TUR tie from a headline")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> given().baseUri(SERVICES.relations.baseUrl())
                        .get("/api/v1/ties/QAT/TUR")
                        .then().statusCode(200)
                        .body("eventCount", greaterThan(0))
                        .body("topEvents.sentence", hasItem(HEADLINE_ONLY)));
    }
}
