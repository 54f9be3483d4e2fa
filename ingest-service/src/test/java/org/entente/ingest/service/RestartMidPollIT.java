package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.AdminClient.given;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.entente.embedded.ServiceProcess;
import org.entente.ingest.testing.ArticlesTopic;
import org.entente.ingest.testing.FeedFixtures;
import org.entente.ingest.testing.FixtureServer;
import org.entente.ingest.testing.PackagedService;
import org.entente.testinfra.Endpoints;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The packaged service is killed (SIGKILL) while a poll is under way and started again: every item reaches the
 * topic exactly once, the ones published before the crash are not published again.
 */
class RestartMidPollIT {

    @Test
    void aCrashDuringAPollNeitherLosesNorDuplicates() throws Exception {
        Endpoints infra = EntenteInfrastructure.shared();
        Path logs = Path.of("target", "restart-it");
        try (FixtureServer server = new FixtureServer(); ArticlesTopic topic = new ArticlesTopic(infra.bootstrapServers())) {
            String prefix = server.url("/" + UUID.randomUUID() + "/");
            String firstDoc = FeedFixtures.rss("Restart", 10, i -> prefix + "r-" + i, "Restart");
            String secondDoc = FeedFixtures.rss("Restart", 30, i -> prefix + "r-" + i, "Restart");
            AtomicBoolean grown = new AtomicBoolean(false);
            AtomicBoolean stall = new AtomicBoolean(true);
            CountDownLatch stalled = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            server.on("/restart.xml", ex -> {
                if (!grown.get()) {
                    FixtureServer.send(ex, 200, "application/rss+xml", firstDoc);
                    return;
                }
                byte[] body = secondDoc.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    if (stall.get()) {
                        out.write(body, 0, body.length / 2); // half a document, then the service dies
                        out.flush();
                        stalled.countDown();
                        awaitQuietly(release);
                    }
                    out.write(body);
                }
            });

            ServiceProcess first = PackagedService.start(infra,
                    Map.of("ENTENTE_INGEST_HTTP_READ_TIMEOUT", "120s", "ENTENTE_INGEST_HTTP_TOTAL_TIMEOUT", "180s"),
                    logs.resolve("first.log"));
            String feedId;
            try {
                feedId = given().baseUri(first.baseUrl()).contentType(ContentType.JSON)
                        .body(Map.of("url", server.url("/restart.xml"), "pollSeconds", 1))
                        .post("/api/v1/feeds").then().statusCode(201).extract().path("id");
                await().atMost(Duration.ofSeconds(60)).until(() -> topic.withUrlPrefix(prefix).size() >= 10);
                grown.set(true);
                assertThat(stalled.await(60, TimeUnit.SECONDS)).as("the service started the second poll").isTrue();
            } finally {
                PackagedService.kill(first);
            }
            stall.set(false);
            release.countDown();

            try (ServiceProcess second = PackagedService.start(infra, Map.of(), logs.resolve("second.log"))) {
                Instant restarted = Instant.now();
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    String last = given().baseUri(second.baseUrl()).get("/api/v1/feeds/" + feedId)
                            .then().extract().path("lastSuccessAt");
                    return last != null && Instant.parse(last).isAfter(restarted)
                            && topic.withUrlPrefix(prefix).size() >= 30;
                });
                // one more complete poll after that must not add anything
                Instant settled = lastSuccess(second, feedId);
                await().atMost(Duration.ofSeconds(60)).until(() -> lastSuccess(second, feedId).isAfter(settled));
                List<String> urls = topic.withUrlPrefix(prefix).stream()
                        .map(r -> r.value().get("canonicalUrl").asText()).toList();
                assertThat(urls).hasSize(30).doesNotHaveDuplicates();
            }
        }
    }

    private static Instant lastSuccess(ServiceProcess service, String feedId) {
        String last = given().baseUri(service.baseUrl()).get("/api/v1/feeds/" + feedId).then().extract().path("lastSuccessAt");
        return last == null ? Instant.EPOCH : Instant.parse(last);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
