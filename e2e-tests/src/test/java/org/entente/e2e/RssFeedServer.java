package org.entente.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.sun.net.httpserver.HttpServer;

/**
 * An RSS 2.0 feed with one article, and optionally a second item with a headline and a link only (as aggregators
 * send), served on 127.0.0.1 as a news site would.
 */
final class RssFeedServer implements AutoCloseable {

    private final HttpServer server;
    private final String rss;

    RssFeedServer(String articleUrlPath, String title, String text) throws IOException {
        this(articleUrlPath, title, text, null);
    }

    /** @param headlineOnly the headline of a second item with no description, or null for none */
    RssFeedServer(String articleUrlPath, String title, String text, String headlineOnly) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>Entente end-to-end test wire</title>
                    <link>%1$s/</link>
                    <description>Diplomatic news for the end-to-end test</description>
                    <item>
                      <title>%2$s</title>
                      <link>%1$s%3$s</link>
                      <guid>%1$s%3$s</guid>
                      <pubDate>%4$s</pubDate>
                      <description>%5$s</description>
                    </item>
                    %6$s
                  </channel>
                </rss>
                """.formatted(base, title, articleUrlPath,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusHours(1)), text,
                headlineOnly == null ? ""
                        : "<item><title>" + headlineOnly + "</title><link>" + base + articleUrlPath
                                + "-headline</link></item>");
        server.createContext("/feed.xml", exchange -> {
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String feedUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
