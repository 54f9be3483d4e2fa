package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.ingest.testing.FeedFixtures;
import org.entente.ingest.testing.FeedTestRig;
import org.entente.ingest.testing.Feeds;
import org.entente.ingest.testing.FixtureServer;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Feeds that misbehave, served by a real HTTP server on 127.0.0.1 to the running service. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FeedRobustnessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final FeedTestRig rig = new FeedTestRig();
    private String prefix;

    @BeforeEach
    void start() {
        prefix = rig.server().url("/" + UUID.randomUUID() + "/");
    }

    @Test
    void sameItemsThroughASecondFeedWithTrackingParametersArePublishedOnce() {
        rig.server().xml("/a.xml", FeedFixtures.rss("A", 40, i -> prefix + "story-" + i, "Dedup"));
        rig.server().xml("/b.xml", FeedFixtures.rss("B", 40,
                i -> prefix + "story-" + i + "/?utm_source=rss&utm_medium=feed&fbclid=abc" + i, "Dedup"));
        String a = Feeds.register(rig.server().url("/a.xml"), 600);
        await().atMost(WAIT).until(() -> Feeds.get(a).getLong("articlesPublished") == 40);
        String b = Feeds.register(rig.server().url("/b.xml"), 600);
        await().atMost(WAIT).until(() -> Feeds.get(b).getString("lastSuccessAt") != null);

        await().atMost(WAIT).until(() -> rig.topic().withUrlPrefix(prefix).size() >= 40);
        assertThat(rig.topic().withUrlPrefix(prefix)).hasSize(40);
        assertThat(Feeds.get(b).getLong("articlesPublished")).isZero();
        assertThat(Feeds.get(b).getLong("duplicatesDropped")).isEqualTo(40);
        Feeds.delete(a);
        Feeds.delete(b);
    }

    @Test
    void sendsTheEtagBackAndA304PublishesNothing() {
        String xml = FeedFixtures.rss("Etag", 3, i -> prefix + "etag-" + i, "Etag");
        rig.server().on("/etag.xml", ex -> {
            if ("\"rev-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("ETag", "\"rev-1\"");
                FixtureServer.send(ex, 200, "application/rss+xml", xml);
            }
        });
        String id = Feeds.register(rig.server().url("/etag.xml"), 1);
        await().atMost(WAIT).until(() -> rig.server().requests().contains("/etag.xml If-None-Match=\"rev-1\""));
        await().atMost(WAIT).until(() -> rig.server().requests().stream().filter(r -> r.contains("rev-1")).count() >= 2);

        JsonPath feed = Feeds.get(id);
        assertThat(feed.getLong("articlesPublished")).isEqualTo(3);
        assertThat(feed.getLong("itemsSeen")).isEqualTo(3); // 304s read no items
        assertThat(feed.getString("lastError")).isNull();
        assertThat(rig.topic().withUrlPrefix(prefix)).hasSize(3);
        Feeds.delete(id);
    }

    @Test
    void recoversAfterServerErrors() {
        AtomicInteger calls = new AtomicInteger();
        String xml = FeedFixtures.rss("Flaky", 2, i -> prefix + "flaky-" + i, "Flaky");
        rig.server().on("/flaky.xml", ex -> {
            if (calls.incrementAndGet() <= 2) {
                FixtureServer.send(ex, 500, "text/plain", "internal error");
            } else {
                FixtureServer.send(ex, 200, "application/rss+xml", xml);
            }
        });
        String id = Feeds.register(rig.server().url("/flaky.xml"), 1);
        await().atMost(WAIT).until(() -> Feeds.get(id).getString("lastError") != null);
        assertThat(Feeds.get(id).getString("lastError")).contains("HTTP 500");

        await().atMost(WAIT).until(() -> Feeds.get(id).getLong("articlesPublished") == 2);
        JsonPath feed = Feeds.get(id);
        assertThat(feed.getString("lastSuccessAt")).isNotNull();
        assertThat(feed.getInt("consecutiveFailures")).isZero();
        await().atMost(WAIT).until(() -> rig.topic().withUrlPrefix(prefix).size() == 2);
        Feeds.delete(id);
    }

    @Test
    void timesOutOnASlowServer() {
        CountDownLatch clientGaveUp = new CountDownLatch(1);
        rig.server().silentUntil("/slow.xml", clientGaveUp, "application/rss+xml",
                FeedFixtures.rss("Slow", 1, i -> prefix + "s", "S"));
        try {
            expectFailure("/slow.xml", "timed out");
        } finally {
            clientGaveUp.countDown();
        }
    }

    @Test
    void refusesAnOversizedBody() {
        rig.server().xml("/huge.xml", FeedFixtures.rss("Huge", 6_000, i -> prefix + "huge-" + i, "Huge"));
        expectFailure("/huge.xml", "exceeds the limit");
    }

    @Test
    void reportsMalformedXml() throws IOException {
        rig.server().xml("/broken.xml", fixture("malformed.xml"));
        expectFailure("/broken.xml", "malformed XML");
    }

    @Test
    void refusesXxeWithoutLeakingTheFile() throws IOException {
        Path secret = Files.createTempFile("entente-secret", ".txt");
        String marker = "TOP-SECRET-" + UUID.randomUUID();
        Files.writeString(secret, marker);
        rig.server().xml("/xxe.xml", fixture("xxe.xml").replace("file:///etc/passwd", secret.toUri().toString())
                .replace("https://evil.example.org/", prefix));
        String error = expectFailure("/xxe.xml", "DOCTYPE");
        assertThat(error).doesNotContain(marker);
        assertThat(rig.topic().matching(r -> r.value().toString().contains(marker))).isEmpty();
        Files.delete(secret);
    }

    @Test
    void refusesBillionLaughs() throws IOException {
        String error = expectFailure("/lol.xml", fixture("billion-laughs.xml")
                .replace("https://lol.example.org/", prefix), "DOCTYPE");
        assertThat(error).doesNotContain("lollol");
    }

    @Test
    void aPausedFeedIsNotPolled() {
        rig.server().xml("/paused.xml", FeedFixtures.rss("Paused", 1, i -> prefix + "p", "Paused"));
        rig.server().xml("/active.xml", FeedFixtures.rss("Active", 1, i -> prefix + "a", "Active"));
        String paused = Feeds.register(rig.server().url("/paused.xml"), 1);
        await().atMost(WAIT).until(() -> Feeds.get(paused).getString("lastSuccessAt") != null);
        org.entente.ingest.testing.AdminClient.given().post("/api/v1/feeds/" + paused + "/pause").then().statusCode(200);
        long pausedBefore = polls("/paused.xml");
        // A feed on the same 1 s interval, polled three times after the pause: the scheduler has had its
        // ticks, so a paused feed that was still due would have been polled by now.
        String active = Feeds.register(rig.server().url("/active.xml"), 1);
        await().atMost(WAIT).until(() -> polls("/active.xml") >= 3);
        assertThat(polls("/paused.xml")).isLessThanOrEqualTo(pausedBefore + 1); // at most one poll already under way
        Feeds.delete(paused);
        Feeds.delete(active);
    }

    private long polls(String path) {
        return rig.server().requests().stream().filter(r -> r.startsWith(path)).count();
    }

    private String expectFailure(String path, String body, String reason) {
        rig.server().xml(path, body);
        return expectFailure(path, reason);
    }

    private String expectFailure(String path, String reason) {
        String id = Feeds.register(rig.server().url(path), 1);
        await().atMost(WAIT).until(() -> Feeds.get(id).getString("lastError") != null);
        JsonPath feed = Feeds.get(id);
        assertThat(feed.getString("lastError")).contains(reason);
        assertThat(feed.getString("lastSuccessAt")).isNull();
        assertThat(feed.getLong("articlesPublished")).isZero();
        assertThat(rig.topic().withUrlPrefix(prefix)).isEmpty();
        Feeds.delete(id);
        return feed.getString("lastError");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FeedRobustnessTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
