package org.entente.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates the demo alert rules of {@code samples/alert-rules.json} in relations-service before the sample
 * articles go in, so a new user sees alerts arrive on the dashboard. A rule whose name already exists is
 * left alone, so running {@code --sample} again adds nothing.
 */
public final class SampleAlertRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String relationsUrl;
    private final String adminToken;

    /** @param adminToken the bearer token relations-service wants for {@code /api/v1/alert-rules} */
    public SampleAlertRules(String relationsUrl, String adminToken) {
        this.relationsUrl = relationsUrl;
        this.adminToken = adminToken;
    }

    /** @return how many rules were created */
    public int create(Path rulesJson) throws IOException, InterruptedException {
        Set<String> existing = new HashSet<>();
        for (JsonNode rule : send(HttpRequest.newBuilder(URI.create(relationsUrl + "/api/v1/alert-rules")).GET())) {
            existing.add(rule.path("name").asText());
        }
        int created = 0;
        for (JsonNode rule : JSON.readTree(rulesJson.toFile())) {
            if (existing.add(rule.path("name").asText())) {
                send(HttpRequest.newBuilder(URI.create(relationsUrl + "/api/v1/alert-rules"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(rule), StandardCharsets.UTF_8)));
                created++;
            }
        }
        return created;
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("relations-service answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
