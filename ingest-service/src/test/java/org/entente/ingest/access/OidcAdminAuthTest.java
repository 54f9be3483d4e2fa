package org.entente.ingest.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.ingest.testing.AdminClient;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The operator's option: OIDC on beside the admin token. Access tokens are verified with the identity
 * provider's public key (here a local test key; in production discovered from QUARKUS_OIDC_AUTH_SERVER_URL), and
 * the IdP group that stands for admins is mapped to role admin.
 */
@QuarkusTest
@TestProfile(OidcAdminAuthTest.OidcEnabled.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OidcAdminAuthTest {

    public static class OidcEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", TestJwts.publicKey(),
                    "quarkus.http.auth.roles-mapping.\"entente-operators\"", "admin");
        }
    }

    @Test
    void aTokenWhoseGroupMapsToAdminOpensTheAdminApi() {
        given().header("Authorization", "Bearer " + TestJwts.signed(List.of("entente-operators"), Instant.now()))
                .get("/api/v1/feeds").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestJwts.signed(List.of("admin"), Instant.now()))
                .get("/api/v1/feeds").then().statusCode(200);
    }

    @Test
    void aValidTokenWithoutTheRoleGets403ProblemJson() {
        given().header("Authorization", "Bearer " + TestJwts.signed(List.of("analysts"), Instant.now()))
                .get("/api/v1/feeds").then().statusCode(403).contentType("application/problem+json")
                .body("title", containsString("Admin role required")).body("status", equalTo(403));
    }

    @Test
    void expiredForeignOrGarbageTokensGet401() {
        given().header("Authorization", "Bearer "
                + TestJwts.signed(List.of("admin"), Instant.now().minusSeconds(3600)))
                .get("/api/v1/feeds").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestJwts.signedByAStranger(List.of("admin")))
                .get("/api/v1/feeds").then().statusCode(401).contentType("application/problem+json")
                .body("title", containsString("Admin token required"));
        given().header("Authorization", "Bearer not-a-jwt").get("/api/v1/feeds").then().statusCode(401);
        given().get("/api/v1/feeds").then().statusCode(401);
    }

    @Test
    void theAdminTokenStillWorksBesideOidc() {
        AdminClient.given().get("/api/v1/feeds").then().statusCode(200);
    }
}
