package org.entente.ingest.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.entente.testinfra.EntenteInfrastructure;
import org.entente.testinfra.HostileInput;
import org.entente.testinfra.SchemaRowCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** One row per endpoint: method, path template, valid values of its parameters, body template. */
    record Endpoint(String method, String path, Map<String, String> valid, String body) {

        Endpoint(String method, String path, String body, String... pairs) {
            this(method, path, toMap(pairs), body);
        }
    }

    static Stream<Arguments> endpoints() {
        List<Endpoint> all = List.of(
                new Endpoint("GET", "/api/v1/feeds/{id}", null, "id", NO_FEED),
                new Endpoint("DELETE", "/api/v1/feeds/{id}", null, "id", NO_FEED),
                new Endpoint("POST", "/api/v1/feeds/{id}/pause", null, "id", NO_FEED),
                new Endpoint("POST", "/api/v1/feeds/{id}/resume", null, "id", NO_FEED),
                new Endpoint("POST", "/api/v1/feeds",
                        "{\"url\": \"$url\", \"pollSeconds\": \"$pollSeconds\", \"fullText\": \"$fullText\"}",
                        "url", "http://127.0.0.1:9/never-registered.xml", "pollSeconds", "600", "fullText", "false"),
                new Endpoint("POST", "/api/v1/articles",
                        "{\"url\": \"$url\", \"title\": \"t\", \"text\": \"Some text.\", \"publishedAt\": \"$publishedAt\"}",
                        "url", "https://news.example.org/never-sent", "publishedAt", "2026-11-20T08:00:00Z"));
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint e : all) {
            for (String parameter : e.valid().keySet()) {
                rows.add(Arguments.of(e.method() + " " + e.path() + " " + parameter, e, parameter));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void hostileValuesAreProblemsAndChangeNothing(String name, Endpoint endpoint, String parameter)
            throws SQLException {
        boolean sendsValidCall = endpoint.body() == null; // a valid POST of a body would register or publish
        int before = sendsValidCall ? call(endpoint, endpoint.valid()).statusCode() : 0;
        Map<String, Long> rows = rowCounts();

        for (String hostile : HOSTILE) {
            if (hostile.length() > 3_000 && endpoint.path().contains("{" + parameter + "}")) {
                continue; // over the HTTP server's request-line limit: see aRequestLineOverTheLimitIsRefused
            }
            Map<String, String> values = new LinkedHashMap<>(endpoint.valid());
            values.put(parameter, hostile);
            Response answer = call(endpoint, values);
            assertProblem(name + " = " + HostileInput.label(hostile), answer);
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

    static void assertProblem(String label, Response answer) {
        assertThat(answer.statusCode()).as(label + " -> " + answer.asString()).isBetween(400, 499);
        assertThat(answer.contentType()).as(label).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).as(label).isEqualTo(answer.statusCode());
        assertThat(answer.jsonPath().getString("title")).as(label).isNotBlank().doesNotStartWith("HTTP ");
        assertThat(answer.jsonPath().getString("detail")).as(label).isNotBlank();
    }

    private Response call(Endpoint endpoint, Map<String, String> values) {
        // The URL is encoded here, not by RestAssured, which would read '{' in a value as a template.
        RequestSpecification request = given().urlEncodingEnabled(false).header("Authorization", TOKEN);
        String path = endpoint.path();
        String body = endpoint.body();
        for (var v : values.entrySet()) {
            if (path.contains("{" + v.getKey() + "}")) {
                path = path.replace("{" + v.getKey() + "}", HostileInput.percentEncoded(v.getValue()));
            } else {
                body = body.replace("$" + v.getKey(), HostileInput.jsonEscaped(v.getValue()));
            }
        }
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.request(endpoint.method(), path);
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = SchemaRowCounts.of(db, "ingest");
        assertThat(counts).containsKeys("feed", "seen_article");
        return counts;
    }

    private static Map<String, String> toMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
