package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.zip.GZIPOutputStream;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.testing.FixtureServer;
import org.entente.ingest.testing.TricklingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpDocumentFetcherTest {

    private static final int MAX = 64 * 1024;

    private FixtureServer server;
    private HttpDocumentFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
        fetcher = new HttpDocumentFetcher(new TestHttp());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsValidatorsBackAndHonours304() throws Exception {
        server.on("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Last-Modified", "Sat, 21 Nov 2026 08:00:00 GMT");
                FixtureServer.send(ex, 200, "application/rss+xml", "<rss/>");
            }
        });
        FetchResult first = fetcher.fetch(server.url("/feed"), null, null);
        assertThat(first.notModified()).isFalse();
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(first.etag()).isEqualTo("\"v1\"");

        FetchResult second = fetcher.fetch(server.url("/feed"), first.etag(), first.lastModified());
        assertThat(second.notModified()).isTrue();
        assertThat(server.requests()).containsExactly("/feed", "/feed If-None-Match=\"v1\"");
    }

    @Test
    void reportsServerErrorsWithTheStatus() {
        server.on("/feed", ex -> FixtureServer.send(ex, 500, "text/plain", "boom"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/feed"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("HTTP 500")
                .satisfies(e -> assertThat(((FetchException) e).kind()).isEqualTo("http_error"));
    }

    @Test
    void givesUpOnASlowServer() {
        CountDownLatch clientGaveUp = new CountDownLatch(1);
        server.silentUntil("/slow", clientGaveUp, "application/rss+xml", "<rss/>");
        try {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/slow"), null, null))
                    .isInstanceOf(FetchException.class)
                    .satisfies(e -> assertThat(((FetchException) e).kind()).isEqualTo("timeout"));
        } finally {
            clientGaveUp.countDown();
        }
    }

    /**
     * The total timeout once covered only the body, so headers sent one byte at a time (each within
     * the read timeout) held the fetch for as long as the server liked. The deadline covers the whole exchange.
     */
    @Test
    void theDeadlineCoversTricklingHeaders() throws Exception {
        try (TricklingServer trickle = new TricklingServer(Duration.ofMillis(200))) {
            // generous bound: without a deadline on the headers the fetch never ends
            FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> catchThrowableOfType(() -> fetcher.fetch(trickle.url("/feed"), null, null),
                            FetchException.class));
            assertThat(e).as("the fetch ended with a FetchException").isNotNull();
            assertThat(e.kind()).isEqualTo("timeout");
            assertThat(e.getMessage()).contains("took longer than PT2S");
        }
    }

    @Test
    void refusesOversizedBodiesWithAndWithoutContentLength() {
        server.on("/big", ex -> FixtureServer.send(ex, 200, "application/rss+xml", "x".repeat(MAX + 1)));
        server.on("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(new byte[MAX / 4]);
                }
            }
        });
        assertThatThrownBy(() -> fetcher.fetch(server.url("/big"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/chunked"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("limit")
                .satisfies(e -> assertThat(((FetchException) e).kind()).isEqualTo("too_large"));
    }

    @Test
    void capsTheSizeAfterGzipDecompression() throws Exception {
        byte[] bomb = gzip(new byte[MAX * 20]); // a few hundred bytes on the wire, 1.3 MB inflated
        assertThat(bomb.length).isLessThan(MAX);
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, bomb.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bomb);
            }
        });
        byte[] small = gzip("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8));
        server.on("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, small.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(small);
            }
        });
        assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("after gzip decompression");
        assertThat(new String(fetcher.fetch(server.url("/gz"), null, null).body(), StandardCharsets.UTF_8))
                .isEqualTo("<rss version=\"2.0\"/>");
    }

    @Test
    void followsAFewRedirectsButNotALoop() throws Exception {
        server.on("/old", ex -> redirect(ex, "/new"));
        server.xml("/new", "<rss/>");
        server.on("/loop", ex -> redirect(ex, "/loop"));
        server.on("/ftp", ex -> redirect(ex, "ftp://127.0.0.1/x"));

        FetchResult moved = fetcher.fetch(server.url("/old"), null, null);
        assertThat(moved.finalUrl()).isEqualTo(server.url("/new"));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/loop"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("more than 3 redirects");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/ftp"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("non-http");
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    private static final class TestHttp implements IngestConfig.Http {
        public Duration connectTimeout() {
            return Duration.ofSeconds(2);
        }

        public Duration readTimeout() {
            return Duration.ofMillis(500);
        }

        public Duration totalTimeout() {
            return Duration.ofSeconds(2);
        }

        public long maxBodyBytes() {
            return MAX;
        }

        public int maxRedirects() {
            return 3;
        }

        public String userAgent() {
            return "test";
        }
    }
}
