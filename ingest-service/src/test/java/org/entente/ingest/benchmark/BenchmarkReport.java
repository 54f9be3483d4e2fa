package org.entente.ingest.benchmark;

import java.time.Instant;
import java.util.List;

/** The numbers of one benchmark run, as a Markdown report. */
record BenchmarkReport(BenchmarkSettings settings, double seconds, long polls, long published, long feedsPolled,
        List<Long> lagsSeconds) {

    private static final int TARGET_FEEDS = 1000;
    private static final int TARGET_INTERVAL_SECONDS = 300;

    String markdown() {
        double pollsPerSecond = polls / seconds;
        double demand = (double) settings.feeds() / settings.pollSeconds();
        boolean saturated = pollsPerSecond < 0.9 * demand;
        double feedsAtFiveMinutes = pollsPerSecond * TARGET_INTERVAL_SECONDS;
        long behind = lagsSeconds.stream().filter(l -> l > 2L * settings.pollSeconds()).count();
        long p95 = lagsSeconds.isEmpty() ? 0
                : lagsSeconds.get((int) Math.min(lagsSeconds.size() - 1,
                        Math.round(lagsSeconds.size() * 0.95)));
        return """
                # ingest-service polling benchmark

                Run %s on %d cores (`Runtime.availableProcessors`, shared with whatever else runs), %d MiB max heap for the benchmark JVM; the service runs with `-Xmx512m`.

                | setting | value |
                |---|---|
                | feeds | %d (local RSS 2.0 on 127.0.0.1, %d items each, %d new per poll) |
                | poll interval | %d s (demand %.1f polls/s) |
                | poller concurrency | %d |
                | measured window | %.0f s after warm-up; feeds polled at least once: %d |

                | result | value |
                |---|---|
                | polls completed | %d (%.2f polls/s) |
                | feed items parsed | %.0f items/s |
                | articles published (acknowledged by Kafka, recorded in PostgreSQL) | %d (%.1f articles/s) |
                | schedule lag at the end | p95 %d s; %d feeds more than two intervals behind |
                | demand met | %s |

                **Capacity estimate:** %.0f polls/s sustains about **%,.0f feeds at 5-minute intervals**
                (target %,d: %s).%s
                """
                .formatted(Instant.now(), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024), settings.feeds(), settings.items(),
                        settings.fresh(), settings.pollSeconds(), demand, settings.concurrency(), seconds, feedsPolled,
                        polls, pollsPerSecond, pollsPerSecond * settings.items(), published, published / seconds, p95,
                        behind, saturated ? "no: the instance was saturated, so the figures are its capacity"
                                : "yes: capacity is at least this; raise --feeds or lower --poll-seconds to find the limit",
                        pollsPerSecond, feedsAtFiveMinutes, TARGET_FEEDS,
                        feedsAtFiveMinutes >= TARGET_FEEDS ? "met" : "not met on this machine",
                        saturated ? "" : " (a lower bound: the instance kept up with the demand.)");
    }
}
