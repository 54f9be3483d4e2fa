package org.entente.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The write/admin calls a drill makes: feeds on ingest-service, alert rules on relations-service. */
public final class AdminApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminToken;

    public AdminApi(String adminToken) {
        this.adminToken = adminToken;
    }

    /** @return the ids ingest-service gave the feeds, for {@link #deleteFeeds} */
    public List<String> registerFeeds(String ingestUrl, List<String> feedUrls, int pollSeconds)
            throws IOException, InterruptedException {
        List<String> ids = new java.util.ArrayList<>();
        for (String url : feedUrls) {
            ids.add(send("POST", ingestUrl + "/api/v1/feeds",
                    Map.of("url", url, "pollSeconds", pollSeconds, "title", "drill " + url)).path("id").asText());
        }
        return ids;
    }

    /**
     * A feed whose articles are all in stays registered and is polled every interval: a bench deletes a phase's feeds
     * before the next phase, or those polls count in the next phase's CPU an article.
     */
    public void deleteFeeds(String ingestUrl, List<String> ids) throws IOException, InterruptedException {
        for (String id : ids) {
            send("DELETE", ingestUrl + "/api/v1/feeds/" + id, null);
        }
    }

    public void createRule(String relationsUrl, Map<String, Object> rule) throws IOException, InterruptedException {
        send("POST", relationsUrl + "/api/v1/alert-rules", rule);
    }

    /** The alert rules the drills create: one alert per matching event (no suppression), and first contacts. */
    public static List<Map<String, Object>> drillRules() {
        return List.of(
                Map.of("name", "drill: pacts, treaties, sanctions, threats", "severity", "high", "trigger", "event",
                        "types", List.of("AGREE", "SANCTION", "THREATEN"), "suppress", "PT0S"),
                Map.of("name", "drill: first contact", "severity", "low", "trigger", "first_contact"));
    }

    public JsonNode get(String url) throws IOException, InterruptedException {
        return send("GET", url, null);
    }

    private JsonNode send(String method, String url, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
