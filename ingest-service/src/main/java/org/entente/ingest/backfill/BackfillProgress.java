package org.entente.ingest.backfill;

import java.io.PrintStream;

/** Counts what a backfill did and prints a progress line now and then, and a summary at the end. */
public final class BackfillProgress {

    /** The final counts of one backfill run. */
    public record Summary(long units, long published, long duplicates, long skipped, long failedBatches,
            double seconds) {
    }

    private static final long PRINT_EVERY_NANOS = 2_000_000_000L;
    private static final int MAX_REPORTED_PROBLEMS = 20;

    private final long total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastPrint = started;
    private long units;
    private long published;
    private long duplicates;
    private long skipped;
    private long failedBatches;

    BackfillProgress(long total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    long total() {
        return total;
    }

    void unitDone() {
        units++;
        long now = System.nanoTime();
        if (now - lastPrint > PRINT_EVERY_NANOS) {
            lastPrint = now;
            print("  ");
        }
    }

    void batchDone(long accepted, long dups) {
        published += accepted;
        duplicates += dups;
    }

    void batchFailed(int size, String reason) {
        failedBatches++;
        out.println("  a batch of " + size + " articles was not accepted: " + reason);
    }

    void skipped(String reason) {
        skipped++;
        if (skipped <= MAX_REPORTED_PROBLEMS) {
            out.println("  skipped " + reason);
        } else if (skipped == MAX_REPORTED_PROBLEMS + 1) {
            out.println("  (further skips are only counted)");
        }
    }

    Summary finish() {
        print("Done: ");
        return new Summary(units, published, duplicates, skipped, failedBatches, seconds());
    }

    private void print(String prefix) {
        double s = seconds();
        out.printf("%s%d/%d (%.0f %%), %d published, %d duplicates, %d skipped, %.1f articles/s%n", prefix, units,
                total, total == 0 ? 100.0 : 100.0 * units / total, published, duplicates, skipped,
                s > 0 ? (published + duplicates) / s : 0.0);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
