package org.entente.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks ingest-service which feeds it polls and which of them fail. */
public final class FeedCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String adminToken;

    /** @param adminToken the bearer token ingest-service wants for {@code /api/v1/feeds} (feed config is admin) */
    public FeedCheck(String ingestUrl, String adminToken) {
        this.ingestUrl = ingestUrl;
        this.adminToken = adminToken;
    }

    /** One feed as ingest-service reports it; {@code lastError} is null when the last poll worked. */
    public record Feed(String url, String lastError) {
    }

    public List<Feed> feeds() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/feeds"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + adminToken).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/v1/feeds answered " + response.statusCode());
        }
        List<Feed> feeds = new ArrayList<>();
        for (JsonNode node : JSON.readTree(response.body())) {
            JsonNode error = node.path("lastError");
            feeds.add(new Feed(node.path("url").asText(), error.isMissingNode() || error.isNull() ? null : error.asText()));
        }
        return feeds;
    }

    /** A few lines for the console: how many feeds, and each failing one with its error. */
    public String report() {
        try {
            List<Feed> feeds = feeds();
            List<Feed> failing = feeds.stream().filter(f -> f.lastError() != null).toList();
            StringBuilder text = new StringBuilder("Feeds: " + feeds.size() + " polled, " + failing.size() + " failing");
            for (Feed f : failing) {
                text.append("\n  FAILING ").append(f.url()).append(" : ").append(f.lastError());
            }
            if (!failing.isEmpty()) {
                text.append("\n  (Entente keeps running; without network only pushed articles and --sample arrive.)");
            }
            return text.toString();
        } catch (IOException e) {
            return "Feeds: could not ask ingest-service (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Feeds: check interrupted";
        }
    }
}
