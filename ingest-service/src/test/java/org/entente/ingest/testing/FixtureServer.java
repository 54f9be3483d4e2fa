package org.entente.ingest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on 127.0.0.1 serving feed fixtures; each path answers with a replaceable handler. */
public final class FixtureServer implements AutoCloseable {

    /** What one path answers. */
    @FunctionalInterface
    public interface Answer {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(path + (inm == null ? "" : " If-None-Match=" + inm));
            Answer answer = answers.get(path);
            try {
                if (answer == null) {
                    send(exchange, 404, "text/plain", "no fixture at " + path);
                } else {
                    answer.handle(exchange);
                }
            } catch (IOException e) {
                // the client gave up (timeouts): nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FixtureServer on(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /**
     * Answers the path only once {@code release} opens (after a minute at most): a server slower than any client
     * timeout, with no fixed sleep deciding the outcome. The test opens it when the client has given up.
     */
    public FixtureServer silentUntil(String path, CountDownLatch release, String contentType, String body) {
        return on(path, ex -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, contentType, body);
        });
    }

    public FixtureServer xml(String path, String body) {
        return on(path, ex -> send(ex, 200, "application/rss+xml; charset=utf-8", body));
    }

    public List<String> requests() {
        return requests;
    }

    public static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
