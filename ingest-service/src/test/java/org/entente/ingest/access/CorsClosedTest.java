package org.entente.ingest.access;

import static io.restassured.RestAssured.given;

import org.entente.ingest.testing.AdminClient;
import org.entente.testinfra.AccessChecks;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** CORS is closed by default: a page on another origin gets no Access-Control-Allow-* answer. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CorsClosedTest {

    @Test
    void aForeignOriginIsNotAllowed() {
        AccessChecks.assertNoCorsAnswer(AdminClient.given(), "/api/v1/feeds");
        AccessChecks.assertNoCorsAnswer(given(), "/q/health/ready");
    }

    @Test
    void aPreflightFromAForeignOriginIsNotAllowed() {
        AccessChecks.assertPreflightRefused("/api/v1/feeds");
    }
}
