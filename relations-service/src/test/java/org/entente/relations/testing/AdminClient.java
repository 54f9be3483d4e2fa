package org.entente.relations.testing;

import org.entente.auth.AdminAccess;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured's {@code given()} with the {@code %test} admin token, for tests that call the admin API (alert rules,
 * /api/v1/admin) among read calls; the header is ignored by read endpoints.
 */
public final class AdminClient {

    /** {@code Authorization} header value the test profile accepts. */
    public static final String BEARER = "Bearer " + AdminAccess.TEST_TOKEN;

    private AdminClient() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header(AdminAccess.HEADER, BEARER);
    }
}
