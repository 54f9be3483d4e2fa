package org.entente.ingest.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves {@code /bench/{n}.xml} on 127.0.0.1: each feed holds {@code items} items, and each request shifts the
 * window by {@code fresh} items, so every poll finds that many new articles, as a busy news feed would.
 */
final class BenchmarkFeeds implements AutoCloseable {

    private final HttpServer server;
    private final int items;
    private final int fresh;
    private final String run;
    private final ConcurrentHashMap<String, AtomicLong> requestsPerFeed = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    BenchmarkFeeds(int items, int fresh, String run) throws IOException {
        this.items = items;
        this.fresh = fresh;
        this.run = run;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/bench/", exchange -> {
            String feed = exchange.getRequestURI().getPath().substring("/bench/".length()).replace(".xml", "");
            long n = requestsPerFeed.computeIfAbsent(feed, f -> new AtomicLong()).getAndIncrement();
            requests.incrementAndGet();
            byte[] body = document(feed, n).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bench/" + feed + ".xml";
    }

    long requests() {
        return requests.get();
    }

    long feedsPolledAtLeastOnce() {
        return requestsPerFeed.size();
    }

    private String document(String feed, long request) {
        StringBuilder xml = new StringBuilder(512 + items * 600).append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Benchmark feed %s</title><link>https://bench.example.org/</link>
                <description>benchmark</description><language>en</language>
                """.formatted(feed));
        long newest = request * fresh + items - 1;
        for (long i = newest; i > newest - items; i--) {
            xml.append("<item><title>Benchmark story ").append(i).append("</title><link>https://bench-").append(run)
                    .append(".example.org/").append(feed).append("/story-").append(i)
                    .append("?utm_source=rss</link><description><![CDATA[<p>Feed ").append(feed).append(" story ")
                    .append(i).append(". Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, ")
                    .append("officials said after talks in Beijing. The foreign ministers will meet within two ")
                    .append("months to reopen embassies and revive a security cooperation agreement.</p>]]>")
                    .append("</description><pubDate>Sat, 21 Nov 2026 08:00:00 GMT</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
