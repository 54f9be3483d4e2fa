package org.entente.drills;

import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.embedded.InfrastructureLog;
import org.entente.embedded.SupervisionSettings;
import org.entente.embedded.Supervisor;

/**
 * The hostile drill: the packaged services on the embedded platform, supervised as
 * {@code ./entente up} supervises them and run with {@code -XX:+ExitOnOutOfMemoryError}, receive every
 * input of docs/bad-input.md (and the nine hostile kinds listed in HostileInputs) with bounded counts; then a valid article
 * must
 * become a tie within a minute. Passes when every input got its refusal or dead letter, every valid
 * article became its events, no service restarted and no heap reached its limit. Prints one summary
 * line and writes {@code entente-drills/target/hostile-report.md}; exit code 1 on any failed check.
 */
public final class HostileDrill {

    static final int SYNTHETIC_EVENTS = 1_500;
    static final int STREAM_READERS = 60;
    static final int STREAM_NON_READERS = 3;
    /** relations-service's entente.relations.alerts.stream.replay-max default. */
    static final int REPLAY_MAX = 500;
    static final Duration OUTCOMES_WITHIN = Duration.ofMinutes(4);
    static final Duration TIE_WITHIN = Duration.ofMinutes(1);

    /** An article that must become events: pushed, or served on a feed at {@code feedPath}. */
    record ValidArticle(String name, String a, String b, String url, String rawTitle, String text, String feedPath,
            String feedDate, int maxEvents) {
    }

    /** The verdict: the summary line and the failed checks. */
    public record Result(boolean passed, String summary, List<Ledger.Check> failures) {
    }

    private HostileDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
        System.exit(run(home, System.out).passed() ? 0 : 1);
    }

    public static Result run(Path home, PrintStream out) throws Exception {
        Path state = home.resolve("entente-drills/target/hostile-state");
        DrillFiles.deleteRecursively(state);
        InfrastructureLog.to(state.resolve("logs/infrastructure.log"));
        String token = UUID.randomUUID().toString();
        Ledger ledger = new Ledger();
        Instant started = Instant.now();
        out.println("Hostile drill: every input of docs/bad-input.md against the packaged services; logs in "
                + home.relativize(state));
        String facts;
        try (DrillStack stack = new DrillStack(home, state, token, Map.of(), out); HostileFeeds feeds = new HostileFeeds()) {
            stack.addJvmArgs(List.of("-XX:+ExitOnOutOfMemoryError"));
            stack.start();
            HostileRun run = new HostileRun(stack, feeds, token, ledger, started, out);
            try (Supervisor supervisor = stack.supervise(SupervisionSettings.DEFAULTS,
                    line -> out.println("  supervisor: " + line))) {
                facts = run.execute(supervisor);
            }
        }
        boolean passed = ledger.failures().isEmpty();
        String summary = "HOSTILE " + (passed ? "PASS" : "FAIL") + " inputs=" + ledger.inputs() + " refused=" + ledger.refused()
                + " dead-letters=" + ledger.deadLetters() + " " + facts + " checks="
                + (ledger.checks().size() - ledger.failures().size()) + "/" + ledger.checks().size();
        out.println(summary);
        ledger.failures().forEach(f -> out.println("  FAILED " + f.item() + ": " + f.input() + " -> " + f.observed()));
        Path report = home.resolve("entente-drills/target/hostile-report.md");
        new HostileReport(ledger, summary, started, Duration.between(started, Instant.now())).write(report);
        out.println("Report: " + home.relativize(report));
        return new Result(passed, summary, ledger.failures());
    }

    /** The drill's articles: each must become events (between {@code a} and {@code b}). */
    static Map<String, ValidArticle> validArticles() {
        String base = HostileInputs.LINK_BASE;
        Map<String, ValidArticle> v = new LinkedHashMap<>();
        v.put("dated-9999", new ValidArticle("feed item dated 9999 (item 1)", "KEN", "ETH", base + "feed/dated-9999",
                "Kenya and Ethiopia sign defense pact",
                "Kenya and Ethiopia signed a mutual defense pact in Nairobi on Tuesday.",
                "/dated-9999.xml", "Fri, 31 Dec 9999 23:59:59 GMT", 20));
        v.put("dated-0001", new ValidArticle("feed item dated 0001 (item 1)", "GRC", "SWE", base + "feed/dated-0001",
                "Greece and Sweden sign defense pact", "Greece and Sweden signed a mutual defense pact in Vienna on Tuesday.",
                "/dated-0001.xml", "Mon, 01 Jan 0001 00:00:00 GMT", 20));
        v.put("entities", new ValidArticle("feed item with an entity-encoded <img onerror> title (item 7)", "VNM", "IDN",
                base + "feed/entities", "&amp;lt;img src=x onerror=alert(1)&amp;gt;Vietnam and Indonesia sign defense pact",
                "Vietnam and Indonesia signed a mutual defense pact in Jakarta on Tuesday.", "/entities.xml", null, 20));
        v.put("long-feed", new ValidArticle("100,000-character feed item of one repeated sentence (item 2)", "JPN", "CAN",
                base + "feed/long", "Japan accuses Canada",
                HostileInputs.repeated("Japan accused Canada of interfering in its elections.", 100_000),
                "/long.xml", null, 20));
        v.put("beside-tricklers",
                new ValidArticle("feed item beside 16 trickling feeds (item 6)", "NGA", "ZAF", base + "feed/valid",
                        "Nigeria and South Africa sign defense pact",
                        "Nigeria and South Africa signed a mutual defense pact in Nairobi on Tuesday.",
                        "/valid.xml", null, 20));
        v.put("long-push", new ValidArticle("100,000-character pushed article of one repeated sentence (item 2)", "FRA", "DEU",
                base + "push/long", "France condemns Germany",
                HostileInputs.repeated("France condemned Germany for the missile test, calling it reckless.", 100_000),
                null, null, 20));
        return v;
    }

    static ValidArticle finalArticle() {
        return new ValidArticle("valid article pushed after every hostile input", "CHL", "NOR",
                HostileInputs.LINK_BASE + "push/final",
                "Norway and Chile sign defense pact", "Norway and Chile signed a mutual defense pact in Vienna on Tuesday.",
                null, null, 20);
    }

    static boolean hasLogged(Path log, String what) {
        try {
            return Files.exists(log) && Files.readString(log).contains(what);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The server drops a stream client that takes nothing for its write timeout (30 s), checked every 5 s; a
     * non-reader stalls when its replay fills the kernel buffers, a few seconds after it connects. The drill waits
     * this long after they connected for the server to hold no stream open, then judges.
     */
    static final Duration NON_READERS_DROPPED_WITHIN = Duration.ofSeconds(150);

    static boolean waitFor(Duration within, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return true;
                }
            } catch (Exception e) {
                // not yet answerable; the next round asks again
            }
            Thread.sleep(1_000);
        }
        return condition.call();
    }

    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (java.io.IOException e) {
            // closing anyway
        }
    }
}
