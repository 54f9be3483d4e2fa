package org.entente.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /api/v1/extract with the real extractor; test limits are set in application.properties (%test). */
@QuarkusTest
@QuarkusTestResource(EntenteInfrastructure.class)
class ExtractResourceTest {

    private static final String TUR_QAT = "Turkey signed a defense cooperation agreement with Qatar on Tuesday, Ankara said.";

    @Test
    void findsTheDefenseCooperationAgreementBetweenTurkeyAndQatar() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TUR_QAT, "publishedAt", "2026-11-17T09:00:00Z"))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("nations.code", hasItems("TUR", "QAT"))
                .body("truncated", equalTo(false))
                // working together on defence, not a pledge to defend each other (docs/event-coding.md, AgreementSubtypesTest)
                .body("events.find { it.type == 'AGREE' }.subtype", equalTo("military_cooperation"))
                .body("events.find { it.type == 'AGREE' }.sentence", equalTo(TUR_QAT))
                .body("events.find { it.type == 'AGREE' }.sentenceStart", equalTo(0))
                .body("events.find { it.type == 'AGREE' }.sentenceEnd", equalTo(TUR_QAT.length()))
                .body("events.find { it.type == 'AGREE' }.eventTime", equalTo("2026-11-17T09:00:00Z"))
                .body("events.findAll { it.type == 'AGREE' }.collect { [it.source, it.target].sort() }",
                        hasItem(java.util.List.of("QAT", "TUR")));
    }

    @Test
    void theHeadlineIsReadOnItsOwnAndEachEventSaysWhichPartItIsFrom() {
        String headline = "Turkey signs defense pact with Qatar";
        String text = "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations.";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", headline, "publishedAt", "2026-11-17T09:00:00Z"))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { it.source == 'TUR' || it.target == 'TUR' }.evidencePart", everyItem(equalTo("title")))
                .body("events.find { it.source == 'TUR' || it.target == 'TUR' }.sentence", equalTo(headline))
                .body("events.find { it.source == 'TUR' || it.target == 'TUR' }.sentenceIndex", equalTo(0))
                .body("events.find { it.source == 'TUR' || it.target == 'TUR' }.eventTime", equalTo("2026-11-17T09:00:00Z"))
                .body("events.findAll { it.source == 'SAU' || it.target == 'SAU' }.evidencePart", everyItem(equalTo("text")))
                .body("events.findAll { it.source == 'SAU' || it.target == 'SAU' }", not(empty()))
                .body("events.findAll { it.source == 'TUR' || it.target == 'TUR' }", not(empty()));
    }

    @Test
    void aHeadlineEventTheTextAlsoTellsIsSentOnceAsTheTexts() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TUR_QAT, "title", "Turkey signs defense pact with Qatar"))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { it.type == 'AGREE' }", not(empty()))
                .body("events.evidencePart", everyItem(equalTo("text")));
    }

    @Test
    void aTitleEqualToTheTextIsReadOnceAsTheHeadline() {
        String headline = "Turkey signs defense pact with Qatar";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", headline, "title", headline))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { it.type == 'AGREE' }.size()", equalTo(1))
                .body("events.evidencePart", everyItem(equalTo("title")));
    }

    @Test
    void aNamedLeaderActsForTheStateHeLedOnThePublicationDate() {
        String text = "President Jacques Chirac signed a trade agreement with Jordan on Monday.";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2003-06-02T09:00:00Z"))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { it.type == 'AGREE' }.collect { [it.source, it.target].sort() }",
                        hasItem(java.util.List.of("FRA", "JOR")));
        // Twenty years after he left office he acts for no state.
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2025-06-02T09:00:00Z"))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { it.source == 'FRA' || it.target == 'FRA' }", org.hamcrest.Matchers.empty());
    }

    @Test
    void aGrantOfPatrolBoatsIsAidFromJapanToVietnam() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Japan handed over two coast guard patrol boats to Vietnam as a grant on Monday."))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { it.type == 'AID' }.collect { it.source + '>' + it.target }", hasItem("JPN>VNM"));
    }

    @Test
    void aVisitAndTheAgreementsSignedAfterItAreTwoEvents() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text",
                        "Kenya's president visited Dodoma, and the two governments signed agreements on trade and energy."))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("events.findAll { [it.source, it.target].sort() == ['KEN', 'TZA'] }.type", hasItems("CONSULT", "AGREE"));
    }

    @Test
    void readsThroughHtmlLeftoversAndControlCharacters() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "<p>Turkey signed a <b>defense cooperation agreement</b> with Qatar"
                        + "\u0000 on Tuesday, Ankara said.</p>"))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("nations.code", hasItems("TUR", "QAT"))
                .body("events.type", hasItem("AGREE"));
    }

    @Test
    void emptyTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "  "))
                .when().post("/api/v1/extract")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", containsString("text is empty"))
                .body("status", equalTo(400));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/v1/extract")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", containsString("not valid JSON"));
    }

    @Test
    void tooLargeTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "a ".repeat(30_000)))
                .when().post("/api/v1/extract")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", containsString("entente.nlp.max-request-chars"));
    }

    @Test
    void longTextIsCutAndSaysSo() {
        String text = (TUR_QAT + " ").repeat(60);
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/extract")
                .then().statusCode(200)
                .body("truncated", equalTo(true))
                .body("textLength", equalTo(text.length()))
                .body("extractedLength", lessThanOrEqualTo(2000));
    }

    @Test
    void nonEnglishTextIsAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "La Turquie a signé mardi un accord de coopération en matière de défense "
                        + "avec le Qatar, a annoncé Ankara, et les deux pays organiseront un exercice commun."))
                .when().post("/api/v1/extract")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", containsString("does not look like English"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("nlp-pipeline"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/extract"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("entente_nlp_extraction_duration_seconds_bucket"));
    }
}
