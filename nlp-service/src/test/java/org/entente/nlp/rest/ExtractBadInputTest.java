package org.entente.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Bad bodies and hostile strings in every field of {@code POST /api/v1/extract}: a refusal is a 4xx
 * application/problem+json with status, title and detail (never a 500); a hostile string where free text
 * belongs is treated as data; and a valid request right afterwards is answered as usual.
 */
@QuarkusTest
@QuarkusTestResource(EntenteInfrastructure.class)
class ExtractBadInputTest {

    @Inject
    ExtractGate gate;

    private static final String VALID = "Turkey signed a defense cooperation agreement with Qatar on Tuesday, Ankara said.";
    private static final List<String> HOSTILE = List.of("' OR 1=1--", "'; DROP TABLE relations.ties;--",
            "<script>alert(1)</script>", "%00", "a\u0000b", "\u202Eraq\u202C", "Z".repeat(5_000),
            "${jndi:ldap://127.0.0.1/x}");

    static Stream<Arguments> badBodies() {
        byte[] broken = ("{\"text\": \"Turkey signed a pact with Qatar \u00e9\"}").getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 4] = (byte) 0xFF; // the second byte of é: not UTF-8 any more
        return Stream.of(
                Arguments.of("not JSON", "application/json", bytes("{\"text\": ")),
                Arguments.of("JSON null", "application/json", bytes("null")),
                Arguments.of("a JSON array", "application/json", bytes("[\"" + VALID + "\"]")),
                Arguments.of("text is an object", "application/json", bytes("{\"text\": {\"a\": 1}}")),
                Arguments.of("no text", "application/json", bytes("{\"title\": \"x\"}")),
                Arguments.of("invalid UTF-8", "application/json", broken),
                Arguments.of("an empty body", "application/json", new byte[0]),
                Arguments.of("plain text instead of JSON", "text/plain", bytes(VALID)),
                Arguments.of("a text over the request limit (50,000 characters as shipped)", "application/json",
                        bytes("{\"text\": \"" + "a ".repeat(25_001) + "\"}")),
                Arguments.of("publishedAt in year 9999", "application/json",
                        bytes("{\"text\": \"" + VALID + "\", \"publishedAt\": \"9999-12-31T00:00:00Z\"}")),
                Arguments.of("publishedAt at the end of Instant", "application/json",
                        bytes("{\"text\": \"" + VALID + "\", \"publishedAt\": \"+1000000000-12-31T23:59:59Z\"}")),
                Arguments.of("publishedAt before the Gregorian calendar", "application/json",
                        bytes("{\"text\": \"" + VALID + "\", \"publishedAt\": \"1200-01-01T00:00:00Z\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsAProblemAndTheNextRequestIsAnswered(String name, String contentType, byte[] body) {
        Response answer = given().contentType(contentType).body(body).post("/api/v1/extract");
        assertProblem(name, answer);
        assertValidRequestWorks();
    }

    @Test
    void aTextOverTheLimitIs413() {
        Response answer = given().contentType("application/json")
                .body(java.util.Map.of("text", "a ".repeat(25_001))).post("/api/v1/extract");
        assertThat(answer.statusCode()).isEqualTo(413);
        assertProblem("50,002 characters", answer);
    }

    @Test
    void moreExtractionsAtOnceThanTheLimitAre429WithRetryAfter() {
        int held = 0;
        try {
            while (gate.tryEnter()) { // stands for two slow requests in flight
                held++;
            }
            assertThat(held).as("entente.nlp.max-concurrent-requests as shipped").isEqualTo(2);
            Response answer = given().contentType("application/json").body(java.util.Map.of("text", VALID))
                    .post("/api/v1/extract");
            assertThat(answer.statusCode()).isEqualTo(429);
            assertProblem("a third extraction at once", answer);
            assertThat(answer.header("Retry-After")).isEqualTo("2");
        } finally {
            for (int i = 0; i < held; i++) {
                gate.release();
            }
        }
        assertValidRequestWorks();
    }

    @Test
    void hostileStringsInTheFreeTextFieldsAreData() {
        for (String hostile : HOSTILE) {
            for (String field : List.of("title", "url")) {
                Response answer = given().contentType("application/json")
                        .body(java.util.Map.of("text", VALID, field, hostile)).post("/api/v1/extract");
                assertThat(answer.statusCode()).as(field + " = " + label(hostile)).isEqualTo(200);
                String copied = field.equals("title") ? "events[0].articleTitle" : "events[0].articleUrl";
                assertThat(answer.jsonPath().getString(copied)).as("copied verbatim, not interpreted")
                        .isEqualTo(hostile);
            }
            Response asText = given().contentType("application/json")
                    .body(java.util.Map.of("text", hostile + " " + VALID)).post("/api/v1/extract");
            assertThat(asText.statusCode()).as("text = " + label(hostile)).isEqualTo(200);
        }
    }

    @Test
    void hostileStringsInPublishedAtAreProblems() {
        for (String hostile : HOSTILE) {
            Response answer = given().contentType("application/json")
                    .body(java.util.Map.of("text", VALID, "publishedAt", hostile)).post("/api/v1/extract");
            assertProblem("publishedAt = " + label(hostile), answer);
        }
        assertValidRequestWorks();
    }

    private static void assertProblem(String name, Response answer) {
        assertThat(answer.statusCode()).as(name + " -> " + answer.asString()).isBetween(400, 499);
        assertThat(answer.contentType()).as(name).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).as(name).isEqualTo(answer.statusCode());
        assertThat(answer.jsonPath().getString("title")).as(name).isNotBlank();
        assertThat(answer.jsonPath().getString("detail")).as(name).isNotBlank();
    }

    private static void assertValidRequestWorks() {
        given().contentType("application/json").body(java.util.Map.of("text", VALID)).post("/api/v1/extract")
                .then().statusCode(200);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String label(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "..." : value;
    }
}
