package org.entente.drills;

import java.io.PrintStream;
import java.time.Duration;

import org.entente.contracts.Topics;

/**
 * Waits until a run's stream has settled: every article recorded by ingest-service, both consumer
 * lags 0 and the event log's size unchanged over {@link #STABLE_CHECKS} checks in a row.
 */
final class Settler {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(3);
    private static final int STABLE_CHECKS = 4;
    private static final long PRINT_EVERY_NANOS = Duration.ofSeconds(20).toNanos();

    private final DrillStack stack;
    private final Database db;
    private final int articles;
    private final PrintStream out;
    private String lastProgress = "not checked";

    Settler(DrillStack stack, Database db, int articles, PrintStream out) {
        this.stack = stack;
        this.db = db;
        this.articles = articles;
        this.out = out;
    }

    boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextPrint = System.nanoTime();
        long previousEvents = -1;
        int stable = 0;
        try (KafkaProbe kafka = new KafkaProbe(stack.bootstrapServers())) {
            while (System.nanoTime() < deadline) {
                try {
                    long seen = db.articlesSeen();
                    long nlpLag = kafka.lag("nlp-service", Topics.ARTICLES);
                    long relationsLag = kafka.lag("relations-service", Topics.EVENTS);
                    long events = db.eventsApplied();
                    lastProgress = String.format("articles recorded %d/%d, lag nlp %d relations %d, events applied %d",
                            seen, articles, nlpLag, relationsLag, events);
                    boolean quiet = seen >= articles && nlpLag == 0 && relationsLag == 0 && events == previousEvents;
                    stable = quiet ? stable + 1 : 0;
                    previousEvents = events;
                    if (stable >= STABLE_CHECKS) {
                        out.println("  settled: " + lastProgress);
                        return true;
                    }
                } catch (Exception e) {
                    // A restarted part may still be coming up; the next check tries again.
                    lastProgress = "check failed: " + e.getMessage();
                }
                if (System.nanoTime() >= nextPrint) {
                    out.println("  waiting: " + lastProgress);
                    nextPrint = System.nanoTime() + PRINT_EVERY_NANOS;
                }
                Thread.sleep(CHECK_EVERY.toMillis());
            }
        }
        out.println("  did NOT settle within " + timeout.toMinutes() + " min: " + lastProgress);
        return false;
    }

    String lastProgress() {
        return lastProgress;
    }
}
