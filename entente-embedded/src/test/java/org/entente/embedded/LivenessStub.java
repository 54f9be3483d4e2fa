package org.entente.embedded;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

/**
 * A child process for {@link SupervisorTest}: answers {@code /q/health/live} on QUARKUS_HTTP_PORT,
 * UP unless the file named by STUB_DOWN_FILE exists (then DOWN with 503, as Quarkus answers).
 */
public final class LivenessStub {

    private LivenessStub() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        Path down = Path.of(System.getenv("STUB_DOWN_FILE"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 16);
        server.createContext("/q/health/live", exchange -> {
            boolean up = !Files.exists(down);
            byte[] body = ("{\"status\": \"" + (up ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
