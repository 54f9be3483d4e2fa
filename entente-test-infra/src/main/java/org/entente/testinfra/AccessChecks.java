package org.entente.testinfra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.specification.RequestSpecification;

/**
 * The access checks every service with an HTTP API must pass, written once so that the services' tests
 * differ only in the endpoints they name: CORS closed to foreign origins, no secret in a log line, no
 * HTTP access log.
 */
public final class AccessChecks {

    /** An origin no deployment lists. */
    public static final String FOREIGN_ORIGIN = "https://attacker.example";

    private AccessChecks() {
    }

    /** A GET from a foreign origin is answered without any Access-Control-Allow-* header. */
    public static void assertNoCorsAnswer(RequestSpecification request, String path) {
        request.header("Origin", FOREIGN_ORIGIN).get(path).then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    /** A preflight from a foreign origin for an authorised JSON POST is not allowed. */
    public static void assertPreflightRefused(String path) {
        given().header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options(path).then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    /** The captured lines (see {@link LogCapture}) hold none of the secrets and no bearer header. */
    public static void assertNoSecretLogged(List<String> lines, String... secrets) {
        assertThat(lines).as("the capture works").isNotEmpty();
        for (String secret : secrets) {
            assertThat(lines).noneMatch(l -> l.contains(secret));
        }
        assertThat(lines).noneMatch(l -> l.toLowerCase().contains("authorization: bearer"));
    }

    /** An access log would write request lines, query strings included, where tokens could travel. */
    public static void assertAccessLogOff() {
        assertThat(ConfigProvider.getConfig().getOptionalValue("quarkus.http.access-log.enabled", Boolean.class))
                .contains(false);
    }
}
