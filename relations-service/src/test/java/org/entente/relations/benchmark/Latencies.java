package org.entente.relations.benchmark;

import java.util.Arrays;

/** Percentiles of a set of durations, in milliseconds. */
final class Latencies {

    private final double[] millis;

    Latencies(long[] nanos) {
        millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    }

    double percentile(double p) {
        int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
        return millis[Math.max(0, Math.min(millis.length - 1, index))];
    }

    String summary() {
        return String.format("n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", millis.length,
                percentile(50), percentile(95), percentile(99), millis[millis.length - 1]);
    }
}
