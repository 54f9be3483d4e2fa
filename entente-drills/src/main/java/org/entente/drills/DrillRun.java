package org.entente.drills;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.entente.contracts.Topics;

/**
 * One pass of the fault suite over the corpus, from fresh state: start the stack, create the alert
 * rules, serve every article on the feeds at the given rate, strike the faults (if any) as the
 * stream goes, wait until the stream settles, and read what it left behind.
 */
final class DrillRun {

    /** How a run is driven; the same for the clean run and the run under faults. */
    record Settings(Path home, Path stateDir, Corpus corpus, int articles, double rate, int feeds, int pollSeconds,
            Duration settleTimeout, String adminToken,
            Map<String, String> serviceEnvironment) {
    }

    /** What a run left behind and whether it settled. */
    record Outcome(Snapshot snapshot, boolean settled, String progress) {
    }

    private final Settings settings;
    private final PrintStream out;

    DrillRun(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    Outcome run(List<Fault> faults) throws Exception {
        DrillFiles.deleteRecursively(settings.stateDir());
        ReleaseSchedule schedule = new ReleaseSchedule(settings.articles(), settings.rate());
        try (DrillStack stack = new DrillStack(settings.home(), settings.stateDir(), settings.adminToken(),
                settings.serviceEnvironment(), out);
                FeedServer feeds = new FeedServer(settings.corpus(), schedule, settings.feeds(), settings.articles())) {
            stack.start();
            AdminApi api = new AdminApi(settings.adminToken());
            for (Map<String, Object> rule : AdminApi.drillRules()) {
                api.createRule(stack.url(DrillStack.RELATIONS), rule);
            }
            api.registerFeeds(stack.url(DrillStack.INGEST), feeds.feedUrls(), settings.pollSeconds());
            schedule.start();
            Database db = new Database(stack.jdbcUrl());
            for (Fault fault : faults) {
                String progress = awaitTurn(fault, schedule, stack);
                out.println("  fault at " + progress + ": " + fault.target() + (fault.isKill()
                        ? " kill -9, then start again"
                        : " stop, " + Fault.OUTAGE.toSeconds() + " s down, start again on the same data"));
                fault.strike(stack);
            }
            Settler settler = new Settler(stack, db, settings.articles(), out);
            boolean settled = settler.await(settings.settleTimeout());
            try (KafkaProbe kafka = new KafkaProbe(stack.bootstrapServers())) {
                return new Outcome(
                        Snapshot.read(db, kafka.endOffsets(Topics.ARTICLES_DLQ), kafka.endOffsets(Topics.EVENTS_DLQ)),
                        settled, settler.lastProgress());
            }
        }
    }

    /** Waits until the fault's moment; returns where the stream stands then. */
    private String awaitTurn(Fault fault, ReleaseSchedule schedule, DrillStack stack) throws Exception {
        long due = (long) Math.ceil(fault.atFraction() * settings.articles());
        if (fault.byRelease()) {
            while (schedule.released() < due) {
                Thread.sleep(200);
            }
            return schedule.released() + "/" + settings.articles() + " articles out";
        }
        try (KafkaProbe kafka = new KafkaProbe(stack.bootstrapServers())) {
            while (true) {
                long taken = kafka.endOffsets(Topics.ARTICLES) - kafka.lag("nlp-service", Topics.ARTICLES);
                if (taken >= due) {
                    return taken + "/" + settings.articles() + " articles through nlp-service, "
                            + schedule.released() + " out";
                }
                Thread.sleep(500);
            }
        }
    }
}
