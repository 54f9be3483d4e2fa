package org.entente.ingest.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.auth.AdminAccess;
import org.entente.ingest.testing.AdminClient;
import org.entente.testinfra.AccessChecks;
import org.entente.testinfra.EntenteInfrastructure;
import org.entente.testinfra.LogCapture;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Neither the admin token nor a rejected one reaches a log line, even with security logging at DEBUG. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecretsInLogsTest {

    @Test
    void tokensNeverAppearInTheLog() {
        String wrong = "wrong-token-" + UUID.randomUUID();
        List<String> lines = LogCapture.captureWhile(LogCapture.SECURITY_LOGGERS, () -> {
            AdminClient.given().contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:9/logs-" + UUID.randomUUID() + ".xml", "pollSeconds", 600))
                    .post("/api/v1/feeds").then().statusCode(201);
            AdminClient.given().get("/api/v1/feeds").then().statusCode(200);
            given().header("Authorization", "Bearer " + wrong).get("/api/v1/feeds").then().statusCode(401);
            given().header("Authorization", "Bearer " + wrong).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://x.example.org/a", "text", "t")).post("/api/v1/articles")
                    .then().statusCode(401);
        });
        AccessChecks.assertNoSecretLogged(lines, AdminAccess.TEST_TOKEN, wrong);
    }

    /** A feed URL's password is never shown in full, in the API, in lastError or in the log. */
    @Test
    void feedPasswordsAreMaskedInViewsErrorsAndLogs() {
        String password = "pw-" + UUID.randomUUID();
        String url = "http://reader:" + password + "@127.0.0.1:9/private-" + UUID.randomUUID() + ".xml";
        String[] id = new String[1];
        List<String> lines = LogCapture.captureWhile(LogCapture.SECURITY_LOGGERS, () -> {
            id[0] = AdminClient.given().contentType(ContentType.JSON).body(Map.of("url", url, "pollSeconds", 1))
                    .post("/api/v1/feeds").then().statusCode(201)
                    .body("url", org.hamcrest.Matchers.startsWith("http://reader:***@127.0.0.1:9/"))
                    .extract().path("id");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> AdminClient.given()
                    .get("/api/v1/feeds/" + id[0]).then().extract().path("lastError") != null);
            AdminClient.given().contentType(ContentType.JSON).body(Map.of("url", url, "pollSeconds", 1))
                    .post("/api/v1/feeds").then().statusCode(409)
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(password)));
        });
        String view = AdminClient.given().get("/api/v1/feeds/" + id[0]).then().statusCode(200).extract().asString();
        String list = AdminClient.given().get("/api/v1/feeds").then().statusCode(200).extract().asString();
        AdminClient.given().delete("/api/v1/feeds/" + id[0]).then().statusCode(204);
        assertThat(view).contains("reader:***@").doesNotContain(password);
        assertThat(list).doesNotContain(password);
        assertThat(lines).as("the capture saw the failed poll").anyMatch(l -> l.contains("reader:***@"));
        assertThat(lines).noneMatch(l -> l.contains(password));
    }

    @Test
    void noHttpAccessLogIsWritten() {
        AccessChecks.assertAccessLogOff();
    }
}
