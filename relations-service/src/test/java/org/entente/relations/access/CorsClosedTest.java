package org.entente.relations.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.relations.testing.AdminClient;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

/** CORS is closed by default: a page on another origin gets no Access-Control-Allow-* answer. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CorsClosedTest {

    private static final String FOREIGN = "https://attacker.example";

    @Test
    void aForeignOriginIsNotAllowed() {
        given().header("Origin", FOREIGN).get("/api/v1/ties?nation=SAU").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        AdminClient.given().header("Origin", FOREIGN).get("/api/v1/alert-rules").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPreflightFromAForeignOriginIsNotAllowed() {
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/alert-rules").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }
}
