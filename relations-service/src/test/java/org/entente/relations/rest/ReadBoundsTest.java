package org.entente.relations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every read names bounded dates and sizes: a date outside 1900-01-01..2199-12-31, a
 * history of more than 7,320 points or a page over the limit is a 400 problem+json that says the
 * bounds, never a 500 or an answer that grows with the request.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReadBoundsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
            // A history of 2,000 years by week once took the heap; by month the same shape.
            "/api/v1/ties/SAU/IRN/history?from=0026-01-01&interval=week out_of_range",
            "/api/v1/ties/SAU/IRN/history?from=-999999999-01-01&to=1900-01-01&interval=month out_of_range",
            "/api/v1/ties/SAU/IRN/history?from=1500-01-01&to=1500-12-31&interval=month out_of_range",
            "/api/v1/ties/SAU/IRN/history?from=1901-01-01&to=2199-12-31&interval=week points",
            "/api/v1/ties/SAU/IRN/history?from=1990-01-01&to=2026-01-01&interval=day points",
            "/api/v1/ties/SAU/IRN/history?from=1900-01-01&interval=day&format=csv points",
            "/api/v1/events?from=-999999999-01-01 out_of_range",
            "/api/v1/events?to=%2B999999999-12-31 out_of_range",
            "/api/v1/events?to=2026-13-01 malformed",
            "/api/v1/events?from=1581-10-04&to=1582-10-15 out_of_range",
            "/api/v1/events?from=2026-01-01&format=csv&limit=100000 limit",
            "/api/v1/network?from=-999999999-01-01 out_of_range",
            "/api/v1/network?from=2026-01-01&to=3000-01-01 out_of_range",
            "/api/v1/alerts?since=-999999999-01-01 out_of_range",
            "/api/v1/alerts?until=%2B999999999-12-31T00:00:00Z out_of_range",
            "/api/v1/alerts?since=1000-01-01T00:00:00Z out_of_range",
            "/api/v1/alerts?limit=1000000 limit",
            "/api/v1/ties?nation=SAU&limit=1001 limit",
    })
    void aReadBeyondTheBoundsIsAProblemThatSaysThem(String path, String kind) {
        String title = switch (kind) {
            case "out_of_range" -> "is out of range; give a ";
            case "points" -> "points, more than the 7320";
            case "limit" -> "is out of range; use 1..1000";
            default -> "malformed";
        };
        given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", containsString(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/ties/SAU/IRN/history?from=1900-01-01&to=2199-12-31&interval=month",
            "/api/v1/ties/SAU/IRN/history?from=2006-01-01&to=2025-12-31&interval=day",
            "/api/v1/events?from=1900-01-01&to=2199-12-31&limit=1000",
            "/api/v1/alerts?since=1900-01-01&until=2199-12-31T23:59:59Z",
    })
    void theWidestAllowedReadsAreAnswered(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(200);
    }
}
