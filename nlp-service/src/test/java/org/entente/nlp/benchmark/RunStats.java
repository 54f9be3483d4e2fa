package org.entente.nlp.benchmark;

import java.util.Arrays;

/** Per-article latencies and totals of one measured pass over the corpus. */
final class RunStats {

    private final long[] nanos;
    private final long tokens;
    private final int events;

    RunStats(long[] nanos, long tokens, int events) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.tokens = tokens;
        this.events = events;
    }

    long totalNanos() {
        return Arrays.stream(nanos).sum();
    }

    double seconds() {
        return totalNanos() / 1e9;
    }

    double articlesPerSecond() {
        return nanos.length / seconds();
    }

    double tokensPerSecond() {
        return tokens / seconds();
    }

    /** The latency (ms) at quantile q, nearest rank. */
    double percentileMillis(double q) {
        int rank = (int) Math.ceil(q * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    int articles() {
        return nanos.length;
    }

    long tokens() {
        return tokens;
    }

    int events() {
        return events;
    }
}
