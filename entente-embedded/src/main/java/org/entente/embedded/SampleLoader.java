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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pushes the bundled sample articles ({@code samples/articles.jsonl}) into ingest-service. Their dates are
 * moved forward together so the newest is about now: ties decay with time, and a sample run a year after
 * the articles were written should still show live ties, not faded ones. The spacing between them stays.
 */
public final class SampleLoader {

    private static final int BATCH = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String adminToken;

    /** @param adminToken the bearer token ingest-service wants for {@code POST /api/v1/articles} */
    public SampleLoader(String ingestUrl, String adminToken) {
        this.ingestUrl = ingestUrl;
        this.adminToken = adminToken;
    }

    /** Counts of what ingest-service took. */
    public record Result(int sent, int accepted, int duplicates) {
    }

    public Result load(Path jsonl) throws IOException, InterruptedException {
        List<ObjectNode> articles = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add((ObjectNode) JSON.readTree(line));
            }
        }
        List<String> lines = shiftedToNow(articles, Instant.now()).stream().map(ObjectNode::toString).toList();
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

    /** Moves every {@code publishedAt} by the same amount so the newest one lands an hour before {@code now}. */
    static List<ObjectNode> shiftedToNow(List<ObjectNode> articles, Instant now) {
        Instant newest = articles.stream().map(a -> a.path("publishedAt").asText(null)).filter(t -> t != null)
                .map(Instant::parse).max(Instant::compareTo).orElse(null);
        if (newest == null) {
            return articles;
        }
        Duration shift = Duration.between(newest, now.minus(Duration.ofHours(1)));
        if (shift.isNegative()) {
            return articles;
        }
        for (ObjectNode article : articles) {
            String at = article.path("publishedAt").asText(null);
            if (at != null) {
                article.put("publishedAt", Instant.parse(at).plus(shift).toString());
            }
        }
        return articles;
    }

    private JsonNode post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("ingest-service answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
