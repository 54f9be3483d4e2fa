package org.entente.relations.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.relations.domain.Nation;
import org.entente.relations.domain.Nations;
import org.entente.relations.ties.ActiveScoring;
import org.entente.relations.ties.EventTraffic;
import org.entente.relations.ties.RecomputeStatus;
import org.entente.relations.ties.Recomputer;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The API latency and consumption benchmark (README, "Measuring it"), not a test: it asserts nothing about time and writes
 * target/benchmark-report.md. Run it alone:
 * {@code ./mvnw -o -q -pl relations-service test -Dtest=RelationsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (sizes: -Dbench.events=1000000 -Dbench.consume=5000 -Dbench.requests=300).
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RelationsBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    private static final int CONSUME = Integer.getInteger("bench.consume", 5_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    private static final int NATIONS = 190;
    private static final Instant END = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);

    @Inject
    DataSource dataSource;
    @Inject
    Recomputer recomputer;
    @Inject
    ActiveScoring scoring;
    @Inject
    Nations nations;
    @Inject
    MeterRegistry registry;

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void run() throws Exception {
        List<String> codes = nations.all().stream().map(Nation::code).limit(NATIONS).toList();
        line("# relations-service benchmark", "", "Run at " + Instant.now() + " on " + Runtime.getRuntime()
                .availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", embedded PostgreSQL and Kafka from entente-test-infra (same JVM as the service).",
                "Load average at start: " + loadAverage() + " (other builds share this machine; above 2 means the "
                        + "cores were oversubscribed and every figure below is slower than on a quiet machine).",
                "");

        long t0 = System.nanoTime();
        bulkLoad(new SyntheticEvents(codes, 7, END, Duration.ofDays(5 * 365)), EVENTS);
        double loadSeconds = seconds(t0);
        t0 = System.nanoTime();
        RecomputeStatus status = recomputer.runNow(scoring.current());
        double recomputeSeconds = seconds(t0);
        line("## Data", "", String.format("- %,d events across %d nations over five years, bulk-loaded with COPY "
                + "in %.1f s", EVENTS, NATIONS, loadSeconds), String.format(
                        "- ties and daily rollups rebuilt from "
                                + "the event log by the admin recompute in %.1f s (%s, %,d pairs, %,d events, %,d rollup rows)",
                        recomputeSeconds, status.state(), status.pairs(), status.events(), count("daily_rollup")),
                "");

        List<String> busy = strings("select pair_first || '/' || pair_second from tie order by event_count desc "
                + "limit 50");
        LocalDate to = END.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = to.minusYears(5);
        Random random = new Random(11);
        for (int i = 0; i < 30; i++) {
            get("/api/v1/ties/" + busy.get(i % busy.size()) + "/history?interval=day&from=" + from + "&to=" + to);
            get("/api/v1/ties?nation=" + codes.get(i % codes.size()) + "&limit=50");
        }
        Latencies daily = measure(() -> "/api/v1/ties/" + busy.get(random.nextInt(busy.size()))
                + "/history?interval=day&from=" + from + "&to=" + to);
        Latencies monthly = measure(() -> "/api/v1/ties/" + busy.get(random.nextInt(busy.size()))
                + "/history?interval=month&from=" + from + "&to=" + to);
        Latencies ranked = measure(() -> "/api/v1/ties?nation=" + codes.get(random.nextInt(codes.size()))
                + "&order=" + (random.nextBoolean() ? "closest" : "worst") + "&limit=50");
        line("## Queries (HTTP, sequential, " + REQUESTS + " requests each)", "",
                "| query | result | target |", "|---|---|---|",
                "| five-year history of a busy pair, by day (1,826 points) | " + daily.summary() + " | p99 < 50 ms |",
                "| five-year history of a busy pair, by month | " + monthly.summary() + " | p99 < 50 ms |",
                "| a nation's ranked ties (limit 50) | " + ranked.summary() + " | p99 < 20 ms |", "");

        double rate = consume(codes);
        line("## Consumption", "", String.format("- %,d new events produced to `events`, applied by the running "
                + "consumers (one transaction per polled batch) at **%.0f events/s** (target >= 2,000/s)", CONSUME, rate), "");

        line("Load average at the end: " + loadAverage(), "");
        line("## Verdict", "",
                verdict("pair history p99 (daily, 5 years)", daily.percentile(99), 50, "ms"),
                verdict("ranked ties p99", ranked.percentile(99), 20, "ms"),
                rate >= 2000 ? String.format("- consumption: met (%.0f/s >= 2,000/s)", rate)
                        : String.format("- consumption: MISSED by %.0f%% (%.0f/s < 2,000/s)", 100 - rate / 20, rate));
        Path out = Path.of("target", "benchmark-report.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private void bulkLoad(SyntheticEvents generator, int total) throws SQLException, IOException {
        String copy = "copy event_log (id, article_id, article_url, article_title, sentence_index, sentence, "
                + "sentence_start, sentence_end, type, subtype, cameo_code, source, target, pair_first, pair_second, "
                + "modality, confidence, trigger_text, event_time, extracted_at, extractor_version, received_at) "
                + "from stdin with (format csv)";
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            int chunk = 50_000;
            for (int start = 0; start < total; start += chunk) {
                StringBuilder csv = new StringBuilder(chunk * 260);
                for (int i = start; i < Math.min(total, start + chunk); i++) {
                    SyntheticEvents.Row r = generator.next();
                    String first = r.source().compareTo(r.target()) < 0 ? r.source() : r.target();
                    String second = first.equals(r.source()) ? r.target() : r.source();
                    csv.append("bench-").append(i).append(",art-").append(i / 3)
                            .append(",https://bench.example.org/").append(i / 3).append(",Benchmark article,")
                            .append(i % 3).append(',').append(r.source()).append(" and ").append(r.target())
                            .append(" did ").append(r.type()).append(".,0,24,").append(r.type()).append(",,,")
                            .append(r.source()).append(',').append(r.target()).append(',').append(first).append(',')
                            .append(second).append(',').append(r.modality()).append(',').append(r.confidence())
                            .append(",did,").append(r.at()).append(',').append(r.at()).append(",bench,")
                            .append(r.at()).append('\n');
                }
                pg.getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze event_log");
        }
    }

    private double consume(List<String> codes) throws Exception {
        long before = count("event_log");
        double appliedBefore = appliedByConsumer();
        SyntheticEvents generator = new SyntheticEvents(codes, 99, Instant.now(), Duration.ofDays(30));
        long t0 = System.nanoTime();
        try (EventTraffic traffic = new EventTraffic()) {
            for (int i = 0; i < CONSUME; i++) {
                SyntheticEvents.Row r = generator.next();
                traffic.sendAsync(EventTraffic.key(r.source(), r.target()), EventTraffic.event(
                        "consume-" + i + "-" + EventTraffic.newId(), r.source(), r.target(), r.type(), null,
                        r.modality(), r.at()));
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        // Waits on the consumer's own counter: a count(*) over a million-row event log every 200 ms would
        // take a core from the two the consumer runs on. The table count below is the figure reported.
        while (appliedByConsumer() < appliedBefore + CONSUME && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long applied = count("event_log") - before;
        return applied / seconds(t0);
    }

    private interface PathSource {
        String next();
    }

    private Latencies measure(PathSource paths) throws Exception {
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            String path = paths.next();
            long t0 = System.nanoTime();
            get(path);
            nanos[i] = System.nanoTime() - t0;
        }
        return new Latencies(nanos);
    }

    private void get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private double appliedByConsumer() {
        Counter applied = registry.find("entente.relations.events.applied").counter();
        return applied == null ? 0 : applied.count();
    }

    private long count(String table) throws SQLException {
        return Long.parseLong(strings("select count(*) from " + table).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String verdict(String what, double measured, double target, String unit) {
        return measured < target ? String.format("- %s: met (%.2f %s < %.0f %s)", what, measured, unit, target, unit)
                : String.format("- %s: MISSED by %.2f %s (%.2f %s, target < %.0f %s)", what, measured - target, unit,
                        measured, unit, target, unit);
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void line(String... lines) {
        for (String l : lines) {
            report.append(l).append('\n');
        }
    }
}
