package org.entente.ingest.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.entente.auth.AdminAccess;
import org.entente.ingest.testing.AdminClient;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every ingest-service endpoint is admin: feeds (all methods) and POST /api/v1/articles. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AdminAuthTest {

    private static final String WRONG = "wrong-token-" + UUID.randomUUID();

    @Test
    void feedCallsWithoutATokenGet401ProblemJson() {
        given().get("/api/v1/feeds").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo("Admin token required: send Authorization: Bearer <token>; see docs/operations.md"))
                .body("status", equalTo(401)).body("detail", containsString("no bearer token"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/rss.xml"))
                .post("/api/v1/feeds").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/feeds/" + UUID.randomUUID()).then().statusCode(401);
        given().delete("/api/v1/feeds/" + UUID.randomUUID()).then().statusCode(401);
        given().post("/api/v1/feeds/" + UUID.randomUUID() + "/pause").then().statusCode(401);
        given().post("/api/v1/feeds/" + UUID.randomUUID() + "/resume").then().statusCode(401);
    }

    @Test
    void pushingArticlesWithoutATokenGets401AndPublishesNothing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://auth-" + UUID.randomUUID() + ".example.org/a", "text", "Some text."))
                .post("/api/v1/articles").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aWrongTokenOrAnotherSchemeGets401WithoutEchoingIt() {
        given().header("Authorization", "Bearer " + WRONG).get("/api/v1/feeds").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("not accepted"))
                .body(not(containsString(WRONG)));
        given().header("Authorization", "Basic YWRtaW46dGVzdC1hZG1pbi10b2tlbg==").get("/api/v1/feeds")
                .then().statusCode(401);
        // the right token under another scheme is no bearer token
        given().header("Authorization", AdminAccess.TEST_TOKEN).get("/api/v1/feeds").then().statusCode(401);
    }

    @Test
    void theAdminTokenOpensTheAdminApi() {
        AdminClient.given().get("/api/v1/feeds").then().statusCode(200);
        given().header("Authorization", "bearer " + AdminAccess.TEST_TOKEN).get("/api/v1/feeds").then().statusCode(200);
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200);
        // a stray or wrong credential does not break an open endpoint
        given().header("Authorization", "Bearer " + WRONG).get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void openApiShowsTheBearerSchemeOnEveryAdminOperation() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes." + AdminAccess.SECURITY_SCHEME + ".type", equalTo("http"))
                .body("components.securitySchemes." + AdminAccess.SECURITY_SCHEME + ".scheme", equalTo("bearer"))
                .body("paths.'/api/v1/feeds'.get.security", hasItem(hasKey(AdminAccess.SECURITY_SCHEME)))
                .body("paths.'/api/v1/feeds/{id}'.delete.security", hasItem(hasKey(AdminAccess.SECURITY_SCHEME)))
                .body("paths.'/api/v1/articles'.post.security", hasItem(hasKey(AdminAccess.SECURITY_SCHEME)))
                .body("paths.'/api/v1/articles/{id}/copies'.get.security", hasItem(hasKey(AdminAccess.SECURITY_SCHEME)))
                .body("paths.'/api/v1/feeds'.post.tags", hasItem("admin API"))
                .body("paths.'/api/v1/articles'.post.tags", hasItem("admin API"));
    }
}
