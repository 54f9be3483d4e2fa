package org.entente.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Pushes the bundled sample articles ({@code samples/articles.jsonl}) into ingest-service. */
public final class SampleLoader {

    private static final int BATCH = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;

    public SampleLoader(String ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    /** Counts of what ingest-service took. */
    public record Result(int sent, int accepted, int duplicates) {
    }

    public Result load(Path jsonl) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream()
            .map(String::strip).filter(l -> !l.isEmpty()).toList();
        int accepted = 0;
        int duplicates = 0;
        for (int from = 0; from < lines.size(); from += BATCH) {
            List<String> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
            JsonNode answer = post("[" + String.join(",", batch) + "]");
            accepted += answer.path("accepted").asInt();
            duplicates += answer.path("duplicates").asInt();
        }
        return new Result(lines.size(), accepted, duplicates);
    }

    private JsonNode post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("ingest-service answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
