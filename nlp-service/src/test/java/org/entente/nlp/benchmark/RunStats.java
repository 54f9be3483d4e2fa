package org.entente.nlp.benchmark;

import java.util.Arrays;

/** Per-article latencies, the measuring thread's CPU time and totals of one measured pass over the corpus. */
final class RunStats {

    private final long[] nanos;
    private final long tokens;
    private final int events;
    private final long cpuNanos;

    RunStats(long[] nanos, long tokens, int events, long cpuNanos) {
        this.nanos = nanos.clone();
        this.cpuNanos = cpuNanos;
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

    /** The thread's CPU time an article: on a shared machine it moves with the load far less than the wall time. */
    double cpuMillisPerArticle() {
        return cpuNanos / 1e6 / nanos.length;
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
