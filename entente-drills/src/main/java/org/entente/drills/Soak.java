package org.entente.drills;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.contracts.Topics;
import org.entente.embedded.InfrastructureLog;

/**
 * The soak: the whole platform at a steady rate through real RSS feeds for a
 * while, sampled every so often, judged by the trend of heap and consumer lag. Writes
 * {@code entente-drills/target/soak-report.md}.
 *
 * <pre>
 * --minutes 30 --rate 5 --sample-seconds 30 --feeds 25 --poll-seconds 5 --drain-minutes 5
 * </pre>
 */
public final class Soak {

    private static final PrintStream OUT = System.out;

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        DrillOptions o = new DrillOptions(args, Map.of("minutes", "30", "rate", "5", "sample-seconds", "30",
                "feeds", "25", "poll-seconds", "5", "drain-minutes", "5", "window", "60",
                "report", "entente-drills/target/soak-report.md"));
        Path home = Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
        Path state = home.resolve("entente-drills/target/soak-state");
        DrillFiles.deleteRecursively(state);
        InfrastructureLog.to(state.resolve("logs/infrastructure.log"));
        int total = (int) Math.round(o.integer("minutes") * 60 * o.decimal("rate"));
        ReleaseSchedule schedule = new ReleaseSchedule(total, o.decimal("rate"));
        String token = System.getenv().getOrDefault("ENTENTE_ADMIN_TOKEN", UUID.randomUUID().toString());
        Instant startedAt = Instant.now();
        OUT.println("Soak: " + total + " articles at " + o.decimal("rate") + "/s over " + o.integer("feeds")
                + " feeds; state and logs in " + home.relativize(state));
        List<SoakSample> samples = new ArrayList<>();
        try (DrillStack stack = new DrillStack(home, state, token, Map.of(), OUT);
                FeedServer feeds = new FeedServer(new Corpus(Corpus.DEFAULT_SEED, startedAt), schedule,
                        o.integer("feeds"), o.integer("window"))) {
            stack.start();
            AdminApi api = new AdminApi(token);
            for (Map<String, Object> rule : AdminApi.drillRules()) {
                api.createRule(stack.url(DrillStack.RELATIONS), rule);
            }
            api.registerFeeds(stack.url(DrillStack.INGEST), feeds.feedUrls(), o.integer("poll-seconds"));
            schedule.start();
            long pushStart = System.nanoTime();
            Duration every = Duration.ofSeconds(o.integer("sample-seconds"));
            try (KafkaProbe kafka = new KafkaProbe(stack.bootstrapServers())) {
                SoakSampler sampler = new SoakSampler(stack, kafka, new Database(stack.jdbcUrl()), schedule, pushStart);
                long next = System.nanoTime();
                while (!schedule.finished()) {
                    samples.add(report(sampler.sample(true)));
                    next += every.toNanos();
                    sleepUntil(next);
                }
                long drainEnd = System.nanoTime() + Duration.ofMinutes(o.integer("drain-minutes")).toNanos();
                SoakSample last;
                do {
                    sleepUntil(Math.min(next += every.toNanos(), drainEnd));
                    last = report(sampler.sample(false));
                    samples.add(last);
                } while ((last.nlpLag() > 0 || last.relationsLag() > 0 || last.articlesOnTopic() < total)
                        && System.nanoTime() < drainEnd);
            }
        }
        Path report = home.resolve(o.text("report"));
        Files.createDirectories(report.getParent());
        String verdict = new SoakReport(samples, total, o, startedAt).write(report);
        OUT.println(verdict);
        OUT.println("Report: " + home.relativize(report));
    }

    private static SoakSample report(SoakSample s) {
        StringBuilder line = new StringBuilder(String.format("  t=%5.0fs %s", s.seconds(), s.pushing() ? "push " : "drain"));
        s.jvms().forEach((name, j) -> line.append(String.format(" %s %.0f MiB/%d thr", name.replace("-service", ""),
                j.heapMiB(), j.threads())));
        OUT.println(line + String.format(" | lag nlp %d relations %d | released %d articles %d events %d applied %d alerts %d",
                s.nlpLag(), s.relationsLag(), s.released(), s.articlesOnTopic(), s.eventsOnTopic(), s.eventsApplied(),
                s.alerts()));
        return s;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Takes one sample of everything the report shows. */
    record SoakSampler(DrillStack stack, KafkaProbe kafka, Database db, ReleaseSchedule schedule, long pushStart) {

        SoakSample sample(boolean pushing) throws Exception {
            Map<String, JvmProbe.Sample> jvms = new LinkedHashMap<>();
            for (String name : List.of(DrillStack.INGEST, DrillStack.NLP, DrillStack.RELATIONS)) {
                jvms.put(name, JvmProbe.sample(stack.service(name).pid()));
            }
            return new SoakSample((System.nanoTime() - pushStart) / 1e9, pushing, jvms,
                    kafka.lag("nlp-service", Topics.ARTICLES), kafka.lag("relations-service", Topics.EVENTS),
                    schedule.released(), kafka.endOffsets(Topics.ARTICLES), kafka.endOffsets(Topics.EVENTS),
                    db.eventsApplied(), db.alerts());
        }
    }
}
