package org.entente.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.testinfra.EntenteInfrastructure;
import org.entente.testinfra.HostileInput;
import org.entente.testinfra.InjectionEndpoint;
import org.entente.testinfra.SchemaRowCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * SQL-injection, script, NUL, bidi-override and over-long strings in every parameter of the ingest API (path
 * ids and the fields that are not free text): each answer is a 4xx application/problem+json with status,
 * title and detail (never a 500), every table of schema {@code ingest} keeps its row count, and the same call
 * with valid values answers as before. Free-text fields are covered by {@link IngestHostileInputTest}.
 * To cover a new parameter, add it to {@link #endpoints()}.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IngestInjectionTest {

    static final String TOKEN = "Bearer test-admin-token";
    static final List<String> HOSTILE = List.of(
            "' OR 1=1--",
            "'; DROP TABLE ingest.feed;--",
            "<script>alert(1)</script>",
            "%00",
            "a\u0000b",
            "\u202Egro.elpmaxe//:sptth",
            "Z".repeat(2_000),
            "javascript:alert(1)",
            "http://news.example.org/" + "a".repeat(5_000),
            "${jndi:ldap://127.0.0.1/x}");
    private static final String NO_FEED = "3f2b6c1e-8a4d-4e7f-9c0b-1d2e3f4a5b6c";

    @Inject
    DataSource db;

    static Stream<Arguments> endpoints() {
        return InjectionEndpoint.perParameter(List.of(
                new InjectionEndpoint("GET", "/api/v1/feeds/{id}", "id", NO_FEED),
                new InjectionEndpoint("DELETE", "/api/v1/feeds/{id}", "id", NO_FEED),
                new InjectionEndpoint("POST", "/api/v1/feeds/{id}/pause", "id", NO_FEED),
                new InjectionEndpoint("POST", "/api/v1/feeds/{id}/resume", "id", NO_FEED),
                new InjectionEndpoint("POST", "/api/v1/feeds", "url", "http://127.0.0.1:9/never-registered.xml",
                        "pollSeconds", "600", "fullText", "false")
                        .withBody("{\"url\": \"$url\", \"pollSeconds\": \"$pollSeconds\", \"fullText\": \"$fullText\"}"),
                new InjectionEndpoint("POST", "/api/v1/articles", "url", "https://news.example.org/never-sent",
                        "publishedAt", "2026-11-20T08:00:00Z")
                        .withBody(
                                "{\"url\": \"$url\", \"title\": \"t\", \"text\": \"Some text.\", \"publishedAt\": \"$publishedAt\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void hostileValuesAreProblemsAndChangeNothing(String name, InjectionEndpoint endpoint, String parameter)
            throws SQLException {
        boolean sendsValidCall = endpoint.body() == null; // a valid POST of a body would register or publish
        int before = sendsValidCall ? call(endpoint, endpoint.valid()).statusCode() : 0;
        Map<String, Long> rows = rowCounts();

        for (String hostile : HOSTILE) {
            if (hostile.length() > 3_000 && endpoint.path().contains("{" + parameter + "}")) {
                continue; // over the HTTP server's request-line limit: see aRequestLineOverTheLimitIsRefused
            }
            Response answer = call(endpoint, endpoint.validWith(parameter, hostile));
            InjectionEndpoint.assertProblem(name + " = " + HostileInput.label(hostile), answer);
        }

        assertThat(rowCounts()).as("row counts of every ingest table").isEqualTo(rows);
        if (sendsValidCall) {
            assertThat(call(endpoint, endpoint.valid()).statusCode()).as("the valid call afterwards").isEqualTo(before);
        }
    }

    /** Vert.x refuses a request line over 4,096 bytes itself, before the REST layer: a 4xx without a problem. */
    @Test
    void aRequestLineOverTheLimitIsRefusedBeforeTheApi() {
        Response answer = given().header("Authorization", TOKEN).get("/api/v1/feeds/" + "Z".repeat(5_000));
        assertThat(answer.statusCode()).isBetween(400, 499);
        given().header("Authorization", TOKEN).get("/api/v1/feeds/" + NO_FEED).then().statusCode(404);
    }

    private static Response call(InjectionEndpoint endpoint, Map<String, String> values) {
        return endpoint.call(given().header("Authorization", TOKEN), values);
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = SchemaRowCounts.of(db, "ingest");
        assertThat(counts).containsKeys("feed", "seen_article");
        return counts;
    }
}
