package org.entente.relations.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.relations.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Webhook URLs never reach the service's own machine or network (SSRF): refused when a rule
 * is saved and again before each delivery; a URL's password is never shown. (Tests allow loopback,
 * as an operator may: the other webhook tests post to 127.0.0.1.)
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WebhookAddressTest {

    @Inject
    DataSource db;

    @ParameterizedTest
    @ValueSource(strings = { "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/",
            "http://[::ffff:169.254.169.254]/", "http://10.0.0.1/hook", "http://192.168.1.20:8080/hook",
            "http://172.20.0.1/", "http://100.100.100.200/", "http://169.254.1.1/", "http://0.0.0.0:8080/",
            "http://192.0.0.170/", "http://198.18.0.1/", "http://240.0.0.1/", "http://[fc00::1]/",
            "http://[64:ff9b:1::a00:1]/", "http://[2002:a9fe:a9fe::]/", "http://[fe80::1]/" })
    void aWebhookToAnInternalAddressIsRefusedWhenTheRuleIsSaved(String url) {
        given().contentType("application/json").body(rule("ssrf " + url, "BRN|SGP", url))
                .post("/api/v1/alert-rules").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", containsString("refused"))
                .body("title", containsString("SSRF"));
    }

    @Test
    void aPasswordInAWebhookUrlIsNeverShown() {
        String id = given().contentType("application/json")
                .body(rule("credentials", "BRN|SGP", "https://alice:s3cret-pass@hooks.example.org/entente"))
                .post("/api/v1/alert-rules").then().statusCode(201)
                .body(not(containsString("s3cret-pass")))
                .extract().path("id");
        given().get("/api/v1/alert-rules/" + id).then().statusCode(200)
                .body("webhookUrl", equalTo("https://alice:***@hooks.example.org/entente"))
                .body(not(containsString("s3cret-pass")));
        given().get("/api/v1/alert-rules").then().statusCode(200).body(not(containsString("s3cret-pass")));
        given().delete("/api/v1/alert-rules/" + id).then().statusCode(204);
    }

    @Test
    void aUrlThatNowPointsInsideIsRefusedAtDeliveryAndNeverRequested() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            String id = given().contentType("application/json").body(rule("rebinding", "BRN|MYS", url))
                    .post("/api/v1/alert-rules").then().statusCode(201).extract().path("id");
            // As if the name had been re-pointed at the metadata service after the rule was saved.
            try (Connection c = db.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "update relations.alert_rule set definition = replace(definition, ?, ?) where id = ?")) {
                s.setString(1, url);
                s.setString(2, "http://169.254.169.254/latest/meta-data/");
                s.setObject(3, UUID.fromString(id));
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            try (EventTraffic traffic = new EventTraffic()) {
                traffic.send("BRN|MYS", EventTraffic.event(EventTraffic.newId(), "MYS", "BRN", "AID", null,
                        "asserted", Instant.now().minus(1, ChronoUnit.HOURS)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> lastError(id) != null);
            assertThat(lastError(id)).contains("refused").contains("169.254.169.254");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    private String lastError(String ruleId) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select last_error from relations.alert_webhook_delivery where rule_id = ? and status = 'failed'")) {
            s.setObject(1, UUID.fromString(ruleId));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String rule(String name, String pair, String url) {
        return """
                {"name": "%s", "severity": "low", "pair": "%s", "trigger": "event", "suppress": "PT0S",
                 "webhook": {"url": "%s", "secret": "0123456789abcdef-secret"}}""".formatted(name, pair, url);
    }
}
