package org.entente.relations.access;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;

import org.entente.auth.AdminAccess;
import org.entente.relations.testing.AdminClient;
import org.entente.testinfra.AccessChecks;
import org.entente.testinfra.EntenteInfrastructure;
import org.entente.testinfra.LogCapture;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Neither the admin token nor a rejected one reaches a log line, even with security logging at DEBUG. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecretsInLogsTest {

    @Test
    void tokensNeverAppearInTheLog() {
        String wrong = "wrong-token-" + UUID.randomUUID();
        List<String> lines = LogCapture.captureWhile(LogCapture.SECURITY_LOGGERS, () -> {
            AdminClient.given().get("/api/v1/admin/parameters").then().statusCode(200);
            AdminClient.given().get("/api/v1/alert-rules").then().statusCode(200);
            given().header("Authorization", "Bearer " + wrong).get("/api/v1/alert-rules").then().statusCode(401);
            given().header("Authorization", "Bearer " + wrong).contentType("application/json")
                    .body("{\"halfLifeDays\": 180}").post("/api/v1/admin/recompute").then().statusCode(401);
        });
        AccessChecks.assertNoSecretLogged(lines, AdminAccess.TEST_TOKEN, wrong);
    }

    @Test
    void noHttpAccessLogIsWritten() {
        AccessChecks.assertAccessLogOff();
    }
}
