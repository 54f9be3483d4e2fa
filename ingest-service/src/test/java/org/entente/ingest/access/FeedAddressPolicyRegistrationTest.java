package org.entente.ingest.access;

import static org.entente.ingest.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With the production default (loopback not allowed) feed URLs on internal addresses are refused at registration. */
@QuarkusTest
@TestProfile(FeedAddressPolicyRegistrationTest.LoopbackRefused.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FeedAddressPolicyRegistrationTest {

    public static class LoopbackRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.ingest.feeds.allow-loopback", "false");
        }
    }

    @Test
    void internalAddressesAreRefusedWith400NamingTheAddressClass() {
        refused("http://127.0.0.1:9/feed.xml", "loopback");
        refused("http://localhost:9/feed.xml", "loopback");
        refused("http://[::1]:9/feed.xml", "loopback");
        refused("http://169.254.169.254/latest/meta-data/", "link-local");
        refused("http://10.20.30.40/rss", "private-network");
        refused("http://192.168.1.1/rss", "private-network");
        refused("http://0.0.0.0:8081/rss", "unspecified");
    }

    @Test
    void onlyHttpAndHttpsAreAccepted() {
        for (String url : new String[] { "file:///etc/passwd", "gopher://93.184.216.34/", "jar:http://x.example/a!/b" }) {
            given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/v1/feeds")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    private static void refused(String url, String addressClass) {
        given().contentType(ContentType.JSON).body(Map.of("url", url, "pollSeconds", 600)).post("/api/v1/feeds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", containsString(addressClass)).body("title", containsString("SSRF"));
    }
}
