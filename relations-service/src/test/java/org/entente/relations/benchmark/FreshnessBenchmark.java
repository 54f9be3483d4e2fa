package org.entente.relations.benchmark;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.relations.rest.AlertSseClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Freshness benchmark: on a running stack ({@code ./entente up}), posts articles at a steady
 * rate to ingest-service and measures, per article, the time from the start of its
 * {@code POST /api/v1/articles} to its alert arriving on relations-service's SSE stream. Writes a report
 * to {@code target/benchmarks/}. See docs/alerts.md for the command.
 *
 * <p>
 * Arguments: relationsBaseUrl ingestBaseUrl [articlesPerSecond=5] [articles=300].
 */
public final class FreshnessBenchmark {

    private static final String[][] PAIRS = {
            { "Turkey", "Qatar" }, { "Saudi Arabia", "Pakistan" }, { "France", "Germany" }, { "Japan", "India" },
            { "Brazil", "Argentina" }, { "Egypt", "Jordan" }, { "Kenya", "Ethiopia" }, { "Poland", "Lithuania" },
            { "Vietnam", "Philippines" }, { "Canada", "Mexico" } };
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String relations;
    private final String ingest;
    private final double rate;
    private final int count;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    /** Article URL -> nanoTime when its POST started. */
    private final Map<String, Long> postedAt = new ConcurrentHashMap<>();
    /** Article URL -> milliseconds from POST start to the alert on the stream. */
    private final Map<String, Double> latencies = new ConcurrentHashMap<>();
    /** Article URL -> milliseconds from POST start to raisedAt (alert committed). */
    private final Map<String, Double> raiseLatencies = new ConcurrentHashMap<>();
    private final AtomicInteger postFailures = new AtomicInteger();
    private final String adminToken;

    private FreshnessBenchmark(String relations, String ingest, double rate, int count) throws IOException {
        this.adminToken = adminToken();
        this.relations = relations.replaceAll("/$", "");
        this.ingest = ingest.replaceAll("/$", "");
        this.rate = rate;
        this.count = count;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FreshnessBenchmark relationsBaseUrl ingestBaseUrl [articlesPerSecond] [articles]");
            System.exit(2);
        }
        FreshnessBenchmark bench = new FreshnessBenchmark(args[0], args[1],
                args.length > 2 ? Double.parseDouble(args[2]) : 5, args.length > 3 ? Integer.parseInt(args[3]) : 300);
        Path report = bench.run();
        System.out.println(Files.readString(report));
        System.out.println("report: " + report.toAbsolutePath());
    }

    private Path run() throws Exception {
        String ruleId = createRule();
        Instant started = Instant.now();
        try (AlertSseClient stream = new AlertSseClient(URI.create(relations + "/api/v1/alerts/stream"), null)) {
            Thread reader = new Thread(() -> readAlerts(stream), "freshness-reader");
            reader.setDaemon(true);
            reader.start();
            postAtSteadyRate();
            long deadline = System.nanoTime() + DRAIN.toNanos();
            while (latencies.size() < postedAt.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            reader.interrupt();
        } finally {
            send(HttpRequest.newBuilder(URI.create(relations + "/api/v1/alert-rules/" + ruleId)).DELETE().build());
        }
        return new FreshnessReport(relations, ingest, rate, count, started, postFailures.get(), postedAt.size(),
                new ArrayList<>(latencies.values()), new ArrayList<>(raiseLatencies.values())).write();
    }

    private String createRule() throws IOException, InterruptedException {
        String body = """
                {"name": "freshness benchmark %s", "severity": "low", "trigger": "event", "suppress": "PT0S"}"""
                .formatted(run);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(relations + "/api/v1/alert-rules"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating the rule answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body()).get("id").asText();
    }

    private void postAtSteadyRate() throws InterruptedException {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        long periodMicros = Math.round(1_000_000 / rate);
        timer.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n < count) {
                post(n);
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        while (next.get() < count) {
            Thread.sleep(50);
        }
        timer.shutdown();
        timer.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void post(int n) {
        String[] pair = PAIRS[n % PAIRS.length];
        String url = "https://bench.entente.example/freshness/" + run + "/" + n;
        String text = pair[0] + " signed a defense cooperation agreement with " + pair[1] + " on Tuesday, "
                + "officials in both capitals said. The agreement covers joint exercises and training. "
                + "Benchmark report " + run + " number " + n + ".";
        String body;
        try {
            body = json.writeValueAsString(Map.of("url", url, "title", pair[0] + " and " + pair[1]
                    + " sign defense agreement", "text", text, "publishedAt", Instant.now().toString(), "language", "en"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        postedAt.put(url, System.nanoTime());
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/articles"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response.statusCode() != 202) {
                postFailures.incrementAndGet();
                postedAt.remove(url);
                System.err.println("POST answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException | InterruptedException e) {
            postFailures.incrementAndGet();
            postedAt.remove(url);
        }
    }

    private void readAlerts(AlertSseClient stream) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                AlertSseClient.Event event = stream.next(Duration.ofSeconds(1));
                if (event != null) {
                    record(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(AlertSseClient.Event event) {
        try {
            JsonNode alert = json.readTree(event.data());
            long nowWall = System.currentTimeMillis();
            for (JsonNode evidence : alert.path("evidence")) {
                String url = evidence.path("articleUrl").asText();
                Long posted = postedAt.get(url);
                if (posted != null && latencies.putIfAbsent(url, (event.receivedNanos() - posted) / 1e6) == null) {
                    double deliveryMs = nowWall - Instant.parse(alert.path("raisedAt").asText()).toEpochMilli();
                    raiseLatencies.put(url, latencies.get(url) - deliveryMs);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("unreadable alert event: " + e.getMessage());
        }
    }

    /** Every call carries the admin token: alert rules and POST /api/v1/articles are admin; reads ignore it. */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest withToken = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Bearer " + adminToken).build();
        return http.send(withToken, HttpResponse.BodyHandlers.ofString());
    }

    /** ENTENTE_ADMIN_TOKEN, else the token ./entente up keeps in .entente/admin-token. */
    private static String adminToken() throws IOException {
        String fromEnvironment = System.getenv("ENTENTE_ADMIN_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        for (Path file : List.of(Path.of(".entente", "admin-token"), Path.of("..", ".entente", "admin-token"))) {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
        }
        throw new IllegalStateException("no admin token: set ENTENTE_ADMIN_TOKEN or run from the directory of ./entente");
    }
}
