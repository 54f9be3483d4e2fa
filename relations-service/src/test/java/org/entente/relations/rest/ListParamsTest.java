package org.entente.relations.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event and story lists read their shared parameters through one {@link ListParams}: each is documented in the
 * OpenAPI document of both, each refuses a bad value with a problem+json, and both answer CSV when asked.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ListParamsTest {

    private static final List<String> SHARED = List.of("nation", "pair", "type", "from", "to", "limit", "cursor",
            "format");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/events", "/api/v1/stories" })
    void badValuesAreProblemsThatNameTheParameter(String path) {
        given().queryParam("limit", "ten").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("nation", "XYZ").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("title", containsString("XYZ"));
        given().queryParam("type", "PARTY").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("title", containsString("PARTY"));
        given().queryParam("to", "2026-13-01").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("title", containsString("malformed"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/events", "/api/v1/stories" })
    void csvByFormatOrByAcceptHeader(String path) {
        given().queryParam("format", "csv").queryParam("nation", "SAU").get(path).then().statusCode(200)
                .contentType(startsWith(Csv.MEDIA_TYPE));
        given().header("Accept", Csv.MEDIA_TYPE).get(path).then().statusCode(200)
                .contentType(startsWith(Csv.MEDIA_TYPE));
        given().queryParam("format", "json").get(path).then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void bothListsDocumentEverySharedParameter() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        for (String path : List.of("/api/v1/events", "/api/v1/stories")) {
            List<String> names = new ArrayList<>();
            doc.path("paths").path(path).path("get").path("parameters").forEach(p -> names.add(p.path("name").asText()));
            assertThat(names).as(path).containsAll(SHARED);
        }
    }
}
