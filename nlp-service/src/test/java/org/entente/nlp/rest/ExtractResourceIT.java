package org.entente.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The same checks as {@link ExtractResourceTest}, against the packaged jar in its production profile. The
 * test profile cuts texts at 2,000 characters; production reads up to 100,000 but this endpoint takes at most
 * 50,000, so there a long text is refused whole instead of cut.
 */
@QuarkusIntegrationTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ExtractResourceIT extends ExtractResourceTest {

    @Test
    @Override
    void longTextIsCutAndSaysSo() {
        String text = "Turkey signed a defense cooperation agreement with Qatar on Tuesday. ".repeat(800);
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/extract")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", containsString("entente.nlp.max-request-chars"));
    }
}
