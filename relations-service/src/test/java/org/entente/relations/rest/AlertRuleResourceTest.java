package org.entente.relations.rest;

import static org.entente.relations.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Rules over REST: create, read, replace, delete; bad requests are problems that say what to change. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertRuleResourceTest {

    private static final String RULES = "/api/v1/alert-rules";

    @Test
    void aRuleIsCreatedReadReplacedAndDeleted() {
        String location = given().contentType("application/json").body("""
                {"name": "Saudi defense pacts", "severity": "high", "nation": "sau", "trigger": "event",
                 "types": ["AGREE"], "subtypes": ["defense_pact"]}""")
                .post(RULES).then().statusCode(201)
                .body("nation", equalTo("SAU")).body("suppress", equalTo("PT30M")).body("enabled", equalTo(true))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get(RULES).then().statusCode(200).body("id", hasItem(id));
        given().contentType("application/json").body("""
                {"name": "IRN-SAU warms", "enabled": false, "pair": "SAU|IRN", "trigger": "threshold",
                 "threshold": 25, "direction": "up"}""")
                .put(RULES + "/" + id).then().statusCode(200)
                .body("pair", equalTo("IRN|SAU")).body("nation", nullValue()).body("enabled", equalTo(false))
                .body("trigger", equalTo("threshold")).body("direction", equalTo("up"));
        given().get(RULES + "/" + id).then().statusCode(200).body("threshold", equalTo(25.0f));
        given().delete(RULES + "/" + id).then().statusCode(204);
        given().get(RULES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete(RULES + "/" + id).then().statusCode(404);
    }

    @Test
    void invalidRulesAreProblemsThatSayWhatToChange() {
        given().contentType("application/json").body("{\"name\": \"x\", \"nation\": \"XYZ\", \"trigger\": \"event\"}")
                .post(RULES).then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("unknown nation code 'XYZ' in nation; use ISO 3166-1 alpha-3, e.g. SAU"));
        given().contentType("application/json").body("{\"name\": \"x\"}")
                .post(RULES).then().statusCode(400).contentType("application/problem+json")
                .body("title", containsString("missing trigger"));
        given().contentType("application/json").body("{\"name\": \"x\", \"trigger\": \"change\", \"change\": 5}")
                .post(RULES).then().statusCode(400).body("title", containsString("window must be"));
        given().get(RULES + "/not-an-id").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void alertFiltersAreChecked() {
        given().get("/api/v1/alerts?nation=XYZ").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/alerts?severity=loud").then().statusCode(400)
                .body("title", equalTo("unknown severity 'loud'; use one of low, medium, high, critical"));
        given().get("/api/v1/alerts?since=2026-12-01&until=2026-11-01").then().statusCode(400)
                .body("title", containsString("not before"));
        given().get("/api/v1/alerts?limit=100000").then().statusCode(400);
        given().get("/api/v1/alerts/7c9e6679-7425-40de-944b-e07fc1f90ae7").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/alerts?severity=high&limit=5").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentListsTheAlertEndpointsWithExamples() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/alert-rules'.post.requestBody.content.'application/json'.examples",
                        org.hamcrest.Matchers.aMapWithSize(4))
                .body("paths.'/api/v1/alerts/stream'.get.summary", containsString("Server-Sent Events"))
                .body("paths.'/api/v1/alerts'.get.parameters.name", hasItem("cursor"));
    }
}
