package org.entente.relations.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.entente.auth.AdminAccess;
import org.entente.relations.testing.AdminClient;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The read API needs nothing; the admin API (alert rules, /api/v1/admin) needs role admin. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AdminAuthTest {

    private static final String TITLE = "Admin token required: send Authorization: Bearer <token>; see docs/operations.md";
    private static final String RULE = "{\"name\": \"auth test\", \"severity\": \"low\", \"trigger\": \"event\"}";

    @Test
    void adminCallsWithoutATokenGet401ProblemJson() {
        String id = UUID.randomUUID().toString();
        given().get("/api/v1/alert-rules").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo(TITLE)).body("status", equalTo(401));
        given().contentType("application/json").body(RULE).post("/api/v1/alert-rules").then().statusCode(401);
        given().get("/api/v1/alert-rules/" + id).then().statusCode(401);
        given().contentType("application/json").body(RULE).put("/api/v1/alert-rules/" + id).then().statusCode(401);
        given().delete("/api/v1/alert-rules/" + id).then().statusCode(401);
        given().get("/api/v1/admin/parameters").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/admin/recompute").then().statusCode(401);
        given().contentType("application/json").body("{\"halfLifeDays\": 180}").post("/api/v1/admin/recompute")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aWrongTokenGets401WithoutEchoingIt() {
        String wrong = "wrong-token-" + UUID.randomUUID();
        given().header("Authorization", "Bearer " + wrong).get("/api/v1/admin/parameters").then().statusCode(401)
                .body("detail", containsString("not accepted")).body(not(containsString(wrong)));
    }

    @Test
    void theReadApiNeedsNoCredentials() {
        given().get("/api/v1/nations").then().statusCode(200);
        given().get("/api/v1/ties?nation=SAU").then().statusCode(200);
        given().get("/api/v1/events?nation=SAU").then().statusCode(200);
        given().get("/api/v1/network").then().statusCode(200);
        given().get("/api/v1/alerts").then().statusCode(200);
        given().get("/").then().statusCode(200);
        // a stray credential does not spoil a read
        given().header("Authorization", "Bearer not-the-token").get("/api/v1/nations").then().statusCode(200);
    }

    @Test
    void theAdminTokenOpensTheAdminApi() {
        AdminClient.given().get("/api/v1/alert-rules").then().statusCode(200);
        AdminClient.given().get("/api/v1/admin/parameters").then().statusCode(200);
    }

    @Test
    void openApiShowsBothGroupsAndTheBearerSchemeOnAdminOperations() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes." + AdminAccess.SECURITY_SCHEME + ".scheme", equalTo("bearer"))
                .body("paths.'/api/v1/alert-rules'.get.security", hasItem(hasKey(AdminAccess.SECURITY_SCHEME)))
                .body("paths.'/api/v1/alert-rules'.get.tags", hasItem("admin API"))
                .body("paths.'/api/v1/admin/recompute'.post.security", hasItem(hasKey(AdminAccess.SECURITY_SCHEME)))
                .body("paths.'/api/v1/ties'.get.tags", hasItem("read API"))
                .body("paths.'/api/v1/ties'.get", not(hasKey("security")))
                .body("paths.'/api/v1/alerts/stream'.get.tags", hasItem("read API"));
    }
}
