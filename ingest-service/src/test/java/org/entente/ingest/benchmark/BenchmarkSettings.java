package org.entente.ingest.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line settings of the polling benchmark. */
record BenchmarkSettings(int feeds, int items, int fresh, int pollSeconds, int concurrency, Duration warmup,
        Duration duration, String ingestUrl, Path report) {

    static BenchmarkSettings parse(String[] args) {
        int feeds = 1000;
        int items = 20;
        int fresh = 2;
        int poll = 60;
        int concurrency = 16;
        long warmup = 180;
        long duration = 120;
        String ingest = null;
        Path report = Path.of("target", "benchmark", "ingest-benchmark.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--feeds" -> feeds = Integer.parseInt(v);
                case "--items" -> items = Integer.parseInt(v);
                case "--new" -> fresh = Integer.parseInt(v);
                case "--poll-seconds" -> poll = Integer.parseInt(v);
                case "--concurrency" -> concurrency = Integer.parseInt(v);
                case "--warmup-seconds" -> warmup = Long.parseLong(v);
                case "--seconds" -> duration = Long.parseLong(v);
                case "--ingest" -> ingest = v.replaceAll("/+$", "");
                case "--report" -> report = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --feeds "
                        + "--items --new --poll-seconds --concurrency --warmup-seconds --seconds --ingest --report");
            }
        }
        return new BenchmarkSettings(feeds, items, fresh, poll, concurrency, Duration.ofSeconds(warmup),
                Duration.ofSeconds(duration), ingest, report);
    }
}
