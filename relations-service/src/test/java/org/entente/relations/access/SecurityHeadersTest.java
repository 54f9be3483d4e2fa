package org.entente.relations.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard and the API answer with security headers: no MIME sniffing, no framing
 * (clickjacking), no referrer; the dashboard's pages with a Content-Security-Policy that runs only
 * this origin's scripts, so a title that ever became markup still could not run.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/index.html", "/js/main.js", "/css/dashboard.css" })
    void theDashboardCarriesAContentSecurityPolicyAndTheOtherHeaders(String path) {
        given().get(path).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/nations", "/api/v1/ties?nation=SAU", "/api/v1/ties/XYZ/SAU" })
    void apiAnswersCarryTheHeadersToo(String path) {
        given().get(path).then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @org.junit.jupiter.api.Test
    void swaggerUiKeepsWorkingWithoutThePolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
