package org.entente.ingest.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.embedded.ServiceProcess;
import org.entente.ingest.testing.AdminClient;
import org.entente.ingest.testing.PackagedService;
import org.entente.testinfra.EntenteInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How many feeds and items per second one ingest-service instance sustains here. Starts the real broker and
 * database (embedded, as the tests do) and the packaged service, registers N local feeds whose every poll brings
 * new items, measures polls and published articles over a window, and writes a report. Not a test: no assertion.
 * See README.md for the command.
 */
public final class PollingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        BenchmarkSettings s = BenchmarkSettings.parse(args);
        System.out.println("Benchmark: " + s);
        ServiceProcess service = null;
        String ingest = s.ingestUrl();
        if (ingest == null) {
            System.out.println("Starting the embedded Kafka broker, PostgreSQL and the packaged ingest-service...");
            service = PackagedService.start(EntenteInfrastructure.shared(), Map.of(
                    "ENTENTE_INGEST_SCHEDULER_CONCURRENCY", String.valueOf(s.concurrency())),
                    Path.of("target", "benchmark", "ingest-service.log"));
            ingest = service.baseUrl();
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (BenchmarkFeeds feeds = new BenchmarkFeeds(s.items(), s.fresh(), run)) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < s.feeds(); i++) {
                ids.add(register(ingest, feeds.url(i), s.pollSeconds()));
            }
            System.out.printf("Registered %d feeds; warming up until each was polled once...%n", ids.size());
            Instant warmupEnd = Instant.now().plus(s.warmup());
            while (feeds.feedsPolledAtLeastOnce() < s.feeds() && Instant.now().isBefore(warmupEnd)) {
                Thread.sleep(1000);
            }
            long requests0 = feeds.requests();
            long published0 = published(ingest, ids);
            long t0 = System.nanoTime();
            System.out.printf("Measuring for %d s...%n", s.duration().toSeconds());
            Thread.sleep(s.duration().toMillis());
            long requests1 = feeds.requests();
            long published1 = published(ingest, ids);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Long> lags = lagsSeconds(ingest, ids);
            BenchmarkReport report = new BenchmarkReport(s, seconds, requests1 - requests0, published1 - published0,
                    feeds.feedsPolledAtLeastOnce(), lags);
            Path file = s.report();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report.markdown());
            System.out.println(report.markdown());
            System.out.println("Report written to " + file.toAbsolutePath());
            for (String id : ids) {
                HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/feeds/" + id))
                        .header("Authorization", AdminClient.BEARER).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            if (service != null) {
                service.stop(Duration.ofSeconds(20));
            }
        }
        System.exit(0); // the embedded broker and database stop in their shutdown hooks
    }

    private static String register(String ingest, String url, int pollSeconds) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/feeds"))
                .header("Content-Type", "application/json").header("Authorization", AdminClient.BEARER)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("url", url, "pollSeconds", pollSeconds))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IOException("registering " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("id").asText();
    }

    private static List<JsonNode> feeds(String ingest, Set<String> ids) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/feeds"))
                .header("Authorization", AdminClient.BEARER).build(),
                HttpResponse.BodyHandlers.ofString());
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.body())) {
            if (ids.contains(f.get("id").asText())) {
                mine.add(f);
            }
        }
        return mine;
    }

    private static long published(String ingest, Set<String> ids) throws IOException, InterruptedException {
        return feeds(ingest, ids).stream().mapToLong(f -> f.get("articlesPublished").asLong()).sum();
    }

    /** How far behind schedule each feed is now (0 when its next poll is still ahead). */
    private static List<Long> lagsSeconds(String ingest, Set<String> ids) throws IOException, InterruptedException {
        Instant now = Instant.now();
        return feeds(ingest, ids).stream().map(f -> f.get("nextPollAt").asText())
                .map(t -> Math.max(0, Duration.between(Instant.parse(t), now).toSeconds())).sorted().toList();
    }
}
