package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The bench retires a phase's feeds by the ids ingest-service gave them, so their polls stay out of the next phase. */
class AdminApiTest {

    private HttpServer ingest;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger created = new AtomicInteger();

    @BeforeEach
    void startIngest() throws IOException {
        ingest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ingest.createContext("/api/v1/feeds", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("POST")) {
                byte[] body = ("{\"id\":\"feed-" + created.incrementAndGet() + "\",\"url\":\"x\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        ingest.start();
    }

    @AfterEach
    void stopIngest() {
        ingest.stop(0);
    }

    @Test
    void registeredFeedsAreDeletedByTheIdsTheirRegistrationReturned() throws Exception {
        String url = "http://127.0.0.1:" + ingest.getAddress().getPort();
        AdminApi api = new AdminApi("token-1");

        List<String> ids = api.registerFeeds(url, List.of("http://a/feed", "http://b/feed"), 1);
        api.deleteFeeds(url, ids);

        assertThat(ids).containsExactly("feed-1", "feed-2");
        assertThat(calls).containsExactly("POST /api/v1/feeds Bearer token-1", "POST /api/v1/feeds Bearer token-1",
                "DELETE /api/v1/feeds/feed-1 Bearer token-1", "DELETE /api/v1/feeds/feed-2 Bearer token-1");
    }
}
