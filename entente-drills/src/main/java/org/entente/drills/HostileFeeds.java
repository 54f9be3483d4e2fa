package org.entente.drills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * The hostile drill's feed servers on 127.0.0.1: an HTTP server for documents (dated far off, 5,000
 * levels deep, entity-encoded markup, XXE, billion laughs, a gzip bomb, broken UTF-8, very long text)
 * and a raw socket server that trickles its response headers one byte a second and never ends them
 * (a trickled response held poller threads; an HTTP library cannot send headers that slowly).
 */
final class HostileFeeds implements AutoCloseable {

    /** A document as served: body bytes and whether they go gzip-encoded. */
    private record Document(byte[] body, boolean gzip) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final ServerSocket trickle;
    private final ExecutorService tricklers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-trickle");
        t.setDaemon(true);
        return t;
    });

    HostileFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> {
            try (exchange) {
                Document d = documents.get(exchange.getRequestURI().getPath());
                if (d == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                if (d.gzip()) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                exchange.sendResponseHeaders(200, d.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(d.body());
                }
            }
        });
        server.setExecutor(executor);
        server.start();
        trickle = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        tricklers.submit(this::acceptTricklers);
    }

    /** Serves {@code body} at {@code path}; returns its URL. */
    String serve(String path, byte[] body) {
        documents.put(path, new Document(body, false));
        return url(path);
    }

    String serve(String path, String body) {
        return serve(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves {@code body} gzip-compressed with Content-Encoding: gzip. */
    String serveGzip(String path, byte[] body) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(body);
        }
        documents.put(path, new Document(zipped.toByteArray(), true));
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A feed URL on the trickling server; every path there trickles. */
    String tricklingUrl(int n) {
        return "http://127.0.0.1:" + trickle.getLocalPort() + "/trickle/" + n + ".xml";
    }

    private void acceptTricklers() {
        while (!trickle.isClosed()) {
            try {
                Socket s = trickle.accept();
                tricklers.submit(() -> trickleHeaders(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Status line at once, then a header one byte a second for up to ten minutes, never the blank line. */
    private static void trickleHeaders(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            in.read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nX-Trickle: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 600; i++) {
                Thread.sleep(1000);
                out.write('a');
                out.flush();
            }
        } catch (IOException e) {
            // the poller hung up: what the deadline is for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        executor.shutdownNow();
        trickle.close();
        tricklers.shutdownNow();
    }
}
