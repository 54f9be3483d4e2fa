package org.entente.drills;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.embedded.InfrastructureLog;

/**
 * The fault suite: the same generated articles through the whole platform twice,
 * from fresh state each time: once clean, once while ingest-service, nlp-service and
 * relations-service are each killed with SIGKILL (and started again) and the Kafka broker and
 * PostgreSQL are each restarted, at different points of the stream. When both have settled, their
 * articles, event logs, ties, daily rollups and alerts must be equal. Prints one summary line
 * (also written to {@code entente-drills/target/faults-summary.txt}); exit code 1 on a mismatch.
 *
 * <pre>
 * --articles 2000 --rate 8 --feeds 40 --poll-seconds 2 --settle-minutes 20
 * </pre>
 */
public final class FaultSuite {

    private FaultSuite() {
    }

    /** The suite's verdict: the summary line and the first mismatches. */
    public record Result(boolean passed, String summary, List<String> mismatches) {
    }

    public static void main(String[] args) throws Exception {
        DrillOptions o = new DrillOptions(args, Map.of("articles", "2000", "rate", "8", "feeds", "40",
                "poll-seconds", "2", "settle-minutes", "20", "seed", String.valueOf(Corpus.DEFAULT_SEED),
                "service-env", ""));
        Path home = Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
        Result result = run(home, o.integer("articles"), o.decimal("rate"), o.integer("feeds"), o.integer("poll-seconds"),
                Duration.ofMinutes(o.integer("settle-minutes")), Long.parseLong(o.text("seed")),
                environment(o.text("service-env")), System.out);
        System.exit(result.passed() ? 0 : 1);
    }

    public static Result run(Path home, int articles, double rate, int feeds, int pollSeconds, Duration settle,
            long seed, Map<String, String> serviceEnvironment, PrintStream out) throws Exception {
        Path state = home.resolve("entente-drills/target/faults-state");
        Files.createDirectories(state);
        InfrastructureLog.to(state.resolve("infrastructure.log"));
        String token = System.getenv().getOrDefault("ENTENTE_ADMIN_TOKEN", UUID.randomUUID().toString());
        Corpus corpus = new Corpus(seed, Instant.now());
        List<Fault> plan = Fault.plan();
        out.println("Fault suite: " + articles + " articles at " + rate + "/s over " + feeds + " feeds, seed " + seed
                + ", anchor " + corpus.anchor() + "; logs in " + home.relativize(state)
                + (serviceEnvironment.isEmpty() ? "" : "; extra service environment " + serviceEnvironment));

        out.println("Run A (clean):");
        DrillRun.Outcome clean = new DrillRun(settings(home, state.resolve("clean"), corpus, articles, rate, feeds,
                pollSeconds, settle, token, serviceEnvironment), out).run(List.of());
        out.println("Run B (faults: " + plan.stream().map(f -> f.target() + "@" + Math.round(f.atFraction() * 100) + "%")
                .toList() + "):");
        DrillRun.Outcome faulty = new DrillRun(settings(home, state.resolve("faults"), corpus, articles, rate, feeds,
                pollSeconds, settle, token, serviceEnvironment), out).run(plan);

        SnapshotComparison comparison = new SnapshotComparison(clean.snapshot(), faulty.snapshot());
        boolean complete = clean.snapshot().articles().size() == articles && clean.settled() && faulty.settled();
        boolean passed = complete && comparison.equal();
        long kills = plan.stream().filter(Fault::isKill).count();
        String summary = "FAULTS " + (passed ? "PASS " : "FAIL ") + comparison.counts() + " kills=" + kills
                + " broker-restarts=" + plan.stream().filter(f -> f.target().equals(Fault.KAFKA)).count()
                + " db-restarts=" + plan.stream().filter(f -> f.target().equals(Fault.POSTGRES)).count()
                + (complete ? ""
                        : " (did not settle or not every article arrived: clean " + clean.progress()
                                + "; faults " + faulty.progress() + ")");
        out.println(summary);
        comparison.mismatches().forEach(m -> out.println("  " + m));
        Files.writeString(home.resolve("entente-drills/target/faults-summary.txt"),
                summary + "\n" + String.join("\n", comparison.mismatches()) + "\n");
        return new Result(passed, summary, comparison.mismatches());
    }

    private static DrillRun.Settings settings(Path home, Path dir, Corpus corpus, int articles, double rate, int feeds,
            int pollSeconds, Duration settle, String token, Map<String, String> serviceEnvironment) {
        return new DrillRun.Settings(home, dir, corpus, articles, rate, feeds, pollSeconds, settle, token, serviceEnvironment);
    }

    /** "KEY=VALUE,KEY2=VALUE2", for trying a service setting under the drill. */
    static Map<String, String> environment(String spec) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--service-env takes KEY=VALUE[,KEY=VALUE...], not '" + pair + "'");
                }
                env.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return env;
    }
}
