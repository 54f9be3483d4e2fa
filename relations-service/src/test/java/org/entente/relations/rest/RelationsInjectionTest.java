package org.entente.relations.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * SQL-injection, script, NUL, bidi-override and over-long strings in every parameter of the relations API:
 * each answer is a 4xx application/problem+json with status, title and detail (never a 500), every table of
 * schema {@code relations} keeps its row count, and the same call with valid values answers as before.
 * To cover a new parameter, add it to {@link #endpoints()}.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RelationsInjectionTest {

    private static final String TOKEN = "Bearer test-admin-token";
    private static final String RULE_ID = "3f2b6c1e-8a4d-4e7f-9c0b-1d2e3f4a5b6c";
    private static final String RULE = """
            {"name": "injection test rule", "nation": "$nation", "trigger": "$trigger", "severity": "$severity",
             "types": ["$types"]}""";

    @Inject
    DataSource db;

    static Stream<Arguments> endpoints() {
        return InjectionEndpoint.perParameter(List.of(
                new InjectionEndpoint("GET", "/api/v1/ties", "nation", "SAU", "order", "closest", "limit", "5"),
                new InjectionEndpoint("GET", "/api/v1/ties/{a}/{b}", "a", "SAU", "b", "IRN", "evidence", "2"),
                new InjectionEndpoint("GET", "/api/v1/ties/{a}/{b}/history", "a", "SAU", "b", "IRN", "from", "2026-01-01",
                        "to", "2026-02-01", "interval", "week", "format", "json"),
                new InjectionEndpoint("GET", "/api/v1/events", "nation", "SAU", "pair", "IRN-SAU", "type", "AGREE",
                        "subtype", "treaty", "modality", "asserted", "from", "2026-01-01", "to", "2026-02-01",
                        "limit", "5", "cursor", "", "format", "json"),
                new InjectionEndpoint("GET", "/api/v1/network", "from", "2026-01-01", "to", "2026-02-01", "minEvents", "1"),
                new InjectionEndpoint("GET", "/api/v1/alerts", "ruleId", RULE_ID, "nation", "SAU", "pair", "IRN|SAU",
                        "severity", "high", "kind", "event", "since", "2026-01-01", "until", "2026-02-01",
                        "limit", "5", "cursor", ""),
                new InjectionEndpoint("GET", "/api/v1/alerts/{id}", "id", RULE_ID),
                new InjectionEndpoint("GET", "/api/v1/alert-rules/{id}", "id", RULE_ID),
                new InjectionEndpoint("DELETE", "/api/v1/alert-rules/{id}", "id", RULE_ID),
                new InjectionEndpoint("PUT", "/api/v1/alert-rules/{id}", "id", RULE_ID, "nation", "SAU", "trigger", "event",
                        "severity", "high", "types", "AGREE").withBody(RULE),
                new InjectionEndpoint("POST", "/api/v1/alert-rules", "nation", "SAU", "trigger", "event",
                        "severity", "high", "types", "AGREE").withBody(RULE),
                new InjectionEndpoint("POST", "/api/v1/admin/recompute", "halfLifeDays", "180", "type", "FIGHT")
                        .withBody("{\"halfLifeDays\": \"$halfLifeDays\", \"typeWeights\": {\"$type\": -9.5}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void hostileValuesAreProblemsAndChangeNothing(String name, InjectionEndpoint endpoint, String parameter)
            throws SQLException {
        boolean sendsValidCall = !endpoint.method().equals("POST"); // a valid POST would create or recompute
        int before = sendsValidCall ? call(endpoint, endpoint.valid()).statusCode() : 0;
        Map<String, Long> rows = rowCounts();

        for (String hostile : HostileStrings.ALL) {
            Response answer = call(endpoint, endpoint.validWith(parameter, hostile));
            String label = name + " = " + HostileInput.label(hostile);
            InjectionEndpoint.assertProblem(label, answer);
            if (!endpoint.inPath(parameter)) {
                assertThat(answer.jsonPath().getString("title")).as(label + ": a title that says what to change")
                        .isNotEqualTo("no such resource; see /q/swagger-ui for the API");
            }
        }

        assertThat(rowCounts()).as("row counts of every relations table").isEqualTo(rows);
        if (sendsValidCall) {
            assertThat(call(endpoint, endpoint.valid()).statusCode()).as("the valid call afterwards").isEqualTo(before);
        }
    }

    @Test
    void bodiesThatAreNotJsonAreProblemsAndChangeNothing() throws SQLException {
        Map<String, Long> rows = rowCounts();
        byte[] brokenUtf8 = "{\"name\": \"Caf\u00e9\", \"trigger\": \"event\"}".getBytes(StandardCharsets.UTF_8);
        brokenUtf8[14] = (byte) 0x28; // the second byte of é: not UTF-8 any more
        for (String path : List.of("/api/v1/alert-rules", "/api/v1/admin/recompute")) {
            for (byte[] body : List.of("{\"name\": ".getBytes(StandardCharsets.UTF_8), brokenUtf8,
                    "[1, 2]".getBytes(StandardCharsets.UTF_8))) {
                Response answer = given().header("Authorization", TOKEN).contentType("application/json").body(body)
                        .post(path);
                String label = path + " " + new String(body, StandardCharsets.UTF_8);
                assertThat(answer.statusCode()).as(label + " -> " + answer.asString()).isEqualTo(400);
                assertThat(answer.contentType()).as(label).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getString("title")).as(label).contains("JSON");
            }
        }
        assertThat(rowCounts()).isEqualTo(rows);
    }

    private static Response call(InjectionEndpoint endpoint, Map<String, String> values) {
        return endpoint.call(given().header("Authorization", TOKEN), values);
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = SchemaRowCounts.of(db, "relations");
        assertThat(counts).containsKeys("event_log", "tie", "daily_rollup", "alert_rule");
        return counts;
    }
}
