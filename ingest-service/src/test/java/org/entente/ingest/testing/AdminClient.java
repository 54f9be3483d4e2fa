package org.entente.ingest.testing;

import org.entente.auth.AdminAccess;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** RestAssured's {@code given()} with the {@code %test} admin token: every ingest-service endpoint is admin. */
public final class AdminClient {

    /** {@code Authorization} header value the test profile (and PackagedService) accepts. */
    public static final String BEARER = "Bearer " + AdminAccess.TEST_TOKEN;

    private AdminClient() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header(AdminAccess.HEADER, BEARER);
    }
}
