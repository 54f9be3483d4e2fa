package org.entente.drills;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * RSS 2.0 feeds on 127.0.0.1, as news sites serve them: feed {@code f} carries the released
 * articles {@code k} with {@code k % feeds == f}, newest first, at most {@code window} of them.
 * Answers 304 to a matching If-None-Match, as ingest-service's conditional GET expects.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ArticleSource corpus;
    private final ReleaseSchedule schedule;
    private final int feeds;
    private final int window;

    public FeedServer(ArticleSource corpus, ReleaseSchedule schedule, int feeds, int window) throws IOException {
        this.corpus = corpus;
        this.schedule = schedule;
        this.feeds = feeds;
        this.window = window;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/feeds/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    public List<String> feedUrls() {
        List<String> urls = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
            urls.add("http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + f + ".xml");
        }
        return urls;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/feeds/".length()).replace(".xml", "");
            int feed;
            try {
                feed = Integer.parseInt(name);
            } catch (NumberFormatException e) {
                feed = -1;
            }
            if (feed < 0 || feed >= feeds) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int released = schedule.released();
            // Articles of this feed that are out: k = feed, feed + feeds, ... below released.
            int count = released <= feed ? 0 : (released - 1 - feed) / feeds + 1;
            String etag = "\"" + feed + "-" + count + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = rss(feed, count).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String rss(int feed, int count) {
        StringBuilder xml = new StringBuilder(512 + Math.min(count, window) * 700);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Drill wire ").append(feed).append("</title>")
                .append("<link>").append(Corpus.LINK_BASE).append("</link>")
                .append("<description>Generated diplomatic news for Entente's drills</description><language>en</language>\n");
        for (int n = count - 1; n >= Math.max(0, count - window); n--) {
            DrillArticle a = corpus.article(feed + n * feeds);
            xml.append("<item><title>").append(escape(a.title())).append("</title>")
                    .append("<link>").append(escape(a.url())).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(escape(a.url())).append("</guid>")
                    .append("<pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(a.publishedAt().atZone(ZoneOffset.UTC)))
                    .append("</pubDate>")
                    .append("<description>").append(escape(a.text())).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
