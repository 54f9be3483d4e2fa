package org.entente.relations.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.entente.auth.AdminAccess;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With no admin token configured, no token opens the admin API (fail closed); reads still work. */
@QuarkusTest
@TestProfile(AdminAuthFailClosedTest.NoToken.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AdminAuthFailClosedTest {

    public static class NoToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.admin.token", "");
        }
    }

    @Test
    void everyAdminCallIsRefused() {
        for (String bearer : new String[] { "Bearer " + AdminAccess.TEST_TOKEN, "Bearer ", "Bearer null", "" }) {
            given().header("Authorization", bearer).get("/api/v1/admin/parameters").then().statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401));
            given().header("Authorization", bearer).get("/api/v1/alert-rules").then().statusCode(401);
        }
        given().get("/api/v1/nations").then().statusCode(200);
    }
}
