package org.entente.relations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Request validation and the nations list, against the running service. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TieResourceTest {

    @Test
    void anUnknownNationIsAProblemThatSaysWhatToSend() {
        given().get("/api/v1/ties?nation=XYZ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("unknown nation code 'XYZ'; use ISO 3166-1 alpha-3, e.g. SAU"));
        given().get("/api/v1/ties/SAU/XYZ").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPairWithoutEventsIsNotFound() {
        given().get("/api/v1/ties/TUV/NRU").then().statusCode(404).contentType("application/problem+json")
                .body("title", containsString("no events recorded between"));
    }

    @Test
    void aLimitTooLargeIsRefused() {
        given().get("/api/v1/ties?nation=SAU&limit=100000").then().statusCode(400)
                .body("title", containsString("out of range"));
    }

    @Test
    void listsTheNationsWithNames() {
        given().get("/api/v1/nations").then().statusCode(200).body("$", hasSize(197))
                .body("find { it.code == 'SAU' }.name", equalTo("Saudi Arabia"));
    }
}
