package org.entente.ingest.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.entente.ingest.testing.AdminClient;
import org.entente.ingest.testing.ArticlesTopic;
import org.entente.ingest.testing.FeedFixtures;
import org.entente.ingest.testing.FeedTestRig;
import org.entente.ingest.testing.TricklingServer;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Hostile feed content and hostile documents, served by a real HTTP server on 127.0.0.1 to the running
 * service: hostile strings travel as data, unusable items are skipped and counted, a bad document fails only
 * its own feed (with a reason) while a healthy feed beside it keeps being polled and published.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IngestHostileInputTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String TOKEN = AdminClient.BEARER;

    @RegisterExtension
    static final FeedTestRig rig = new FeedTestRig();
    private TricklingServer trickling;
    private String prefix;

    @BeforeEach
    void start() {
        prefix = "https://news.example.org/" + UUID.randomUUID() + "/";
    }

    @AfterEach
    void stop() {
        if (trickling != null) {
            trickling.close();
        }
    }

    @Test
    void hostileItemsAreDataJavascriptLinksAreDroppedAndLongTextsCut() {
        double skippedBefore = metric("entente_ingest_articles_skipped_total{reason=\"invalid_url\"}");
        String huge = "Saudi Arabia and Iran agreed to talk. ".repeat(6_000); // 228,000 characters; the cap is 200,000
        rig.server().xml("/hostile.xml", rss(
                item("' OR 1=1--", prefix + "sql", "'; DROP TABLE ingest.feed;-- and ' OR 1=1-- in the body."),
                item("&lt;script&gt;alert(1)&lt;/script&gt;Hostile title", prefix + "script",
                        "&lt;img src=x onerror=alert(1)&gt;Body with a script: &lt;script&gt;alert(2)&lt;/script&gt;"),
                item("&amp;lt;img src=x onerror=alert(1)&amp;gt;Double", prefix + "double",
                        "&amp;lt;script&amp;gt;alert(3)&amp;lt;/script&amp;gt;Double-encoded body"),
                item("\u202Eright-to-left override", prefix + "rtl", "Text with \u202E an override."),
                item("Script link", "javascript:alert(document.cookie)", "Never published."),
                item("Data link", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "Never published."),
                item("A very long text", prefix + "long", huge),
                item("Headline ".repeat(600), prefix + "longtitle", "A story with a 5,400-character title."),
                item("Plain", prefix + "plain", "An ordinary item.")));
        String id = register(rig.server().url("/hostile.xml"));
        try {
            expectHostileItemsAsData(id, skippedBefore);
        } finally {
            delete(id);
        }
    }

    private void expectHostileItemsAsData(String id, double skippedBefore) {

        await().atMost(WAIT).until(() -> rig.topic().withUrlPrefix(prefix).size() >= 7);
        var published = rig.topic().withUrlPrefix(prefix);
        assertThat(published).hasSize(7);
        assertThat(title(published, "sql")).isEqualTo("' OR 1=1--");
        assertThat(text(published, "sql")).contains("'; DROP TABLE ingest.feed;--");
        assertThat(title(published, "script")).contains("Hostile title").doesNotContain("<script", "alert(1)");
        assertThat(text(published, "script")).contains("Body with a script").doesNotContain("<img", "<script");
        // markup encoded twice decodes to markup; it must not come out live
        assertThat(title(published, "double")).isEqualTo("Double");
        assertThat(text(published, "double")).isEqualTo("Double-encoded body");
        assertThat(title(published, "rtl")).isEqualTo("\u202Eright-to-left override");
        assertThat(text(published, "long")).hasSize(200_000);
        assertThat(title(published, "longtitle")).hasSize(1_000).startsWith("Headline Headline");
        assertThat(published).noneMatch(r -> r.value().toString().contains("javascript:")
                || r.value().toString().contains("data:text"));
        JsonPath feed = feed(id);
        assertThat(feed.getString("lastError")).isNull();
        assertThat(feed.getLong("articlesPublished")).isEqualTo(7);
        assertThat(metric("entente_ingest_articles_skipped_total{reason=\"invalid_url\"}") - skippedBefore)
                .isGreaterThanOrEqualTo(2);
        assertThat(metric("entente_ingest_articles_truncated_total{reason=\"text_too_long\"}")).isPositive();
        assertThat(metric("entente_ingest_articles_truncated_total{reason=\"title_too_long\"}")).isPositive();
    }

    @Test
    void badDocumentsFailTheirOwnFeedWhileAHealthyFeedKeepsBeingPolled() throws IOException {
        rig.server().xml("/healthy.xml", FeedFixtures.rss("Healthy", 3, i -> prefix + "healthy-" + i, "Healthy"));
        rig.server().on("/broken-utf8.xml", ex -> sendBytes(ex, "application/rss+xml; charset=utf-8", brokenUtf8()));
        rig.server().xml("/xxe.xml", fixture("xxe.xml").replace("https://evil.example.org/", prefix));
        rig.server().xml("/lol.xml", fixture("billion-laughs.xml").replace("https://lol.example.org/", prefix));
        byte[] bomb = gzipBomb(); // made once: compressing 20 MB per request could outlast the read timeout
        rig.server().on("/bomb.xml", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            sendBytes(ex, "application/rss+xml", bomb);
        });
        rig.server().on("/trickle.xml", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 600; i++) { // one byte every 100 ms: never silent long enough for the read timeout
                    out.write('<');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // 5,000 levels of nesting overflowed the stack of the poller thread
        rig.server().xml("/deep.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item>"
                + "<link>" + prefix + "deep</link><description>Deep</description>" + "<x>".repeat(5_000)
                + "</x>".repeat(5_000) + "</item></channel></rss>");
        // response headers one byte every 300 ms, never silent for the 1 s read timeout
        trickling = new TricklingServer(Duration.ofMillis(300));
        Map<String, String> expected = Map.of("/broken-utf8.xml", "malformed", "/xxe.xml", "DOCTYPE",
                "/lol.xml", "DOCTYPE", "/bomb.xml", "after gzip decompression", "/trickle.xml", "took longer than",
                "/deep.xml", "nesting deeper than 256", "/trickle-headers.xml", "took longer than");
        String healthy = register(rig.server().url("/healthy.xml"));
        Map<String, String> bad = new java.util.HashMap<>();
        expected.keySet().forEach(path -> bad.put(path, register(path.equals("/trickle-headers.xml")
                ? trickling.url(path)
                : rig.server().url(path))));
        try {
            expectOnlyTheBadFeedsToFail(expected, bad, healthy);
            String headers = bad.get("/trickle-headers.xml");
            assertThat(metricSum("entente_ingest_feed_polls_total", headers, "outcome=\"timeout\""))
                    .as("the trickled headers are recorded as a timeout").isPositive();
            assertThat(feed(headers).getInt("consecutiveFailures")).as("and back off").isPositive();
        } finally {
            bad.values().forEach(IngestHostileInputTest::delete);
            delete(healthy);
        }
    }

    /**
     * A feed's dates outside the window (year 9999 from a broken clock, 1200, 1970) do not
     * travel; the articles do, dated when they were fetched. A date inside the window stays as it is.
     */
    @Test
    void itemsDatedOutsideTheWindowArePublishedDatedWhenFetched() {
        double replacedBefore = metricSum("entente_ingest_articles_dates_replaced_total");
        Instant start = Instant.now().minusSeconds(5);
        rig.server().xml("/dates.xml", rss(
                dated("Year 9999", prefix + "y9999", "Fri, 31 Dec 9999 23:59:59 GMT"),
                dated("Year 1200", prefix + "y1200", "Mon, 01 Jan 1200 00:00:00 GMT"),
                dated("Year 1970", prefix + "y1970", "Thu, 01 Jan 1970 00:00:00 GMT"),
                dated("Huge year", prefix + "huge", "Sat, 01 Jan 292278994 00:00:00 GMT"),
                dated("In time", prefix + "ok", "Fri, 20 Nov 2026 08:00:00 GMT")));
        String id = register(rig.server().url("/dates.xml"));
        try {
            await().atMost(WAIT).until(() -> rig.topic().withUrlPrefix(prefix).size() >= 5);
            var published = rig.topic().withUrlPrefix(prefix);
            assertThat(published).hasSize(5);
            for (String replaced : List.of("y9999", "y1200", "y1970")) {
                Instant at = Instant.parse(find(published, replaced).path("publishedAt").asText());
                assertThat(at).as(replaced).isBetween(start, Instant.now().plusSeconds(5));
            }
            assertThat(find(published, "ok").path("publishedAt").asText()).isEqualTo("2026-11-20T08:00:00Z");
            assertThat(feed(id).getString("lastError")).isNull();
            assertThat(metricSum("entente_ingest_articles_dates_replaced_total") - replacedBefore)
                    .isGreaterThanOrEqualTo(3);
        } finally {
            delete(id);
        }
    }

    private static String dated(String title, String link, String pubDate) {
        return "<item><title>" + title + "</title><link>" + link + "</link><description>" + title
                + " about Egypt and Jordan.</description><pubDate>" + pubDate + "</pubDate></item>";
    }

    private void expectOnlyTheBadFeedsToFail(Map<String, String> expected, Map<String, String> bad,
            String healthy) {
        for (var e : expected.entrySet()) {
            String id = bad.get(e.getKey());
            await().atMost(WAIT).until(() -> feed(id).getString("lastError") != null);
            assertThat(feed(id).getString("lastError")).as(e.getKey()).contains(e.getValue());
            assertThat(feed(id).getLong("articlesPublished")).as(e.getKey()).isZero();
        }
        // Every bad feed has failed by now; the healthy one must still be fetched and read successfully.
        // (Its lastError is not asserted: on a loaded machine a 1 s read timeout of its own can come and go.)
        await().atMost(WAIT).until(() -> feed(healthy).getString("lastSuccessAt") != null);
        String successSoFar = feed(healthy).getString("lastSuccessAt");
        long pollsSoFar = polls("/healthy.xml");
        await().atMost(WAIT).until(() -> polls("/healthy.xml") >= pollsSoFar + 2
                && java.time.Instant.parse(feed(healthy).getString("lastSuccessAt"))
                        .isAfter(java.time.Instant.parse(successSoFar)));
        assertThat(feed(healthy).getLong("articlesPublished")).isEqualTo(3);
        await().atMost(WAIT).until(() -> rig.topic().withUrlPrefix(prefix + "healthy-").size() == 3);
        assertThat(rig.topic().withUrlPrefix(prefix)).as("nothing from the bad documents").hasSize(3);
    }

    private long polls(String path) {
        return rig.server().requests().stream().filter(r -> r.startsWith(path)).count();
    }

    private static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Hostile</title><link>https://news.example.org/</link>
                <description>hostile items</description>
                %s
                </channel></rss>""".formatted(String.join("\n", items));
    }

    private static String item(String title, String link, String description) {
        return "<item><title>" + title + "</title><link>" + link.replace("&", "&amp;") + "</link><description>"
                + description + "</description><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>";
    }

    private byte[] brokenUtf8() {
        byte[] bytes = FeedFixtures.rss("Broken", 2, i -> prefix + "broken-" + i, "Broken @@ bytes")
                .getBytes(StandardCharsets.UTF_8);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int at = latin.indexOf("@@"); at >= 0; at = latin.indexOf("@@", at + 2)) {
            bytes[at] = (byte) 0xC3; // a lead byte followed by '(': declared UTF-8, but not UTF-8
            bytes[at + 1] = (byte) 0x28;
        }
        return bytes;
    }

    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) { // 20 MB inflated, about 20 KB on the wire; the %test cap is 1 MB
                gz.write(zeros);
            }
        }
        return packed.toByteArray();
    }

    private static void sendBytes(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static String title(List<ArticlesTopic.Received> records, String suffix) {
        return find(records, suffix).path("title").asText();
    }

    private static String text(List<ArticlesTopic.Received> records, String suffix) {
        return find(records, suffix).path("text").asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode find(List<ArticlesTopic.Received> records, String suffix) {
        return records.stream().map(ArticlesTopic.Received::value)
                .filter(v -> v.path("canonicalUrl").asText().endsWith("/" + suffix)).findFirst().orElseThrow();
    }

    private static String register(String url) {
        return given().header("Authorization", TOKEN).contentType("application/json")
                .body(Map.of("url", url, "pollSeconds", 1)).post("/api/v1/feeds").then().statusCode(201)
                .extract().path("id");
    }

    private static JsonPath feed(String id) {
        return given().header("Authorization", TOKEN).get("/api/v1/feeds/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static void delete(String id) {
        given().header("Authorization", TOKEN).delete("/api/v1/feeds/" + id).then().statusCode(204);
    }

    private static double metric(String series) {
        return given().get("/q/metrics").asString().lines().filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Every series of a metric whose labels contain all of {@code parts}. */
    private static double metricSum(String name, String... parts) {
        return given().get("/q/metrics").asString().lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> java.util.Arrays.stream(parts).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = IngestHostileInputTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
