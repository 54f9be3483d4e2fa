package org.entente.relations.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.relations.testing.AdminClient.given;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A webhook that fails first is retried with backoff; every attempt carries a valid HMAC-SHA256 signature. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertWebhookTest {

    private static final String SECRET = "webhook-test-secret-0123456789";

    /** What the receiver saw: headers (first value) and body. */
    record Received(Map<String, String> headers, byte[] body, Instant at) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger(1);

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.of(
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER)),
                    "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("X-Entente-Delivery")),
                    "attempt", String.valueOf(exchange.getRequestHeaders().getFirst("X-Entente-Attempt"))),
                    body, Instant.now()));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    @Test
    void aFailedDeliveryIsRetriedAndEveryAttemptIsSigned() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        String ruleId = given().contentType("application/json").body("""
                {"name": "webhook test", "severity": "critical", "pair": "ISL|NOR", "trigger": "event",
                 "webhook": {"url": "%s", "secret": "%s"}}""".formatted(url, SECRET))
                .post("/api/v1/alert-rules").then().statusCode(201).extract().path("id");
        given().get("/api/v1/alert-rules/" + ruleId).then().statusCode(200)
                .body("webhookUrl", org.hamcrest.Matchers.equalTo(url))
                .body("webhookSigned", org.hamcrest.Matchers.equalTo(true))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(SECRET)));
        try (EventTraffic traffic = new EventTraffic()) {
            traffic.send("ISL|NOR", EventTraffic.event(EventTraffic.newId(), "NOR", "ISL", "AID", null, "asserted",
                    Instant.now().minus(1, ChronoUnit.HOURS)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= 2);
        // A delivered webhook is not sent again: the count must stay 2 for 1 s (several retry backoffs of 0.2 s);
        // a third request fails the test.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
        assertThat(received).hasSize(2);
        Received failed = received.get(0);
        Received delivered = received.get(1);
        assertThat(failed.headers().get("attempt")).isEqualTo("1");
        assertThat(delivered.headers().get("attempt")).isEqualTo("2");
        assertThat(delivered.headers().get("delivery")).isEqualTo(failed.headers().get("delivery"));
        assertThat(delivered.body()).isEqualTo(failed.body());
        for (Received r : received) {
            assertThat(WebhookSigner.verify(SECRET, r.body(), r.headers().get("signature"))).isTrue();
            assertThat(r.headers().get("signature")).startsWith("sha256=");
        }
        String body = new String(delivered.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"ruleId\":\"" + ruleId + "\"", "\"pair\":\"ISL|NOR\"", "\"severity\":\"critical\"");
        // Backoff waited before the retry (initial-backoff is 0.2 s in tests).
        assertThat(Duration.between(failed.at(), delivered.at())).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        // ... and no longer than it takes: the retry falling due wakes the webhook thread, which otherwise reads its
        // queue only every idle-poll (10 s)
        assertThat(Duration.between(failed.at(), delivered.at())).isLessThan(Duration.ofSeconds(5));
    }
}
