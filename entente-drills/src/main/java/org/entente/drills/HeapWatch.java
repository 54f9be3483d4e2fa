package org.entente.drills;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples each service's used heap ({@code jvm_memory_used_bytes{area="heap"}} on {@code /q/metrics})
 * every two seconds while the drill runs and keeps the peak, beside the peak of the old generation after a
 * collection ({@code jvm_gc_live_data_size_bytes}). Used heap includes garbage G1 has not collected yet (it starts
 * mixed collections near 85 % of the heap), so a peak near the limit says little; the live peak is what an input
 * really kept.
 */
final class HeapWatch implements AutoCloseable {

    private final Map<String, String> metricsUrls;
    private final Http http;
    private final Map<String, Double> peakMiB = new LinkedHashMap<>();
    private final Map<String, Double> peakLiveMiB = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hostile-heap-watch");
        t.setDaemon(true);
        return t;
    });

    /** @param serviceUrls service name to base URL */
    HeapWatch(Map<String, String> serviceUrls, Http http) {
        this.metricsUrls = new LinkedHashMap<>();
        serviceUrls.forEach((name, url) -> metricsUrls.put(name, url + "/q/metrics"));
        this.http = http;
        metricsUrls.keySet().forEach(name -> {
            peakMiB.put(name, 0.0);
            peakLiveMiB.put(name, 0.0);
        });
    }

    void start() {
        timer.scheduleWithFixedDelay(this::sample, 0, 2, TimeUnit.SECONDS);
    }

    private void sample() {
        metricsUrls.forEach((name, url) -> {
            try {
                Http.Answer a = http.get(url);
                if (a.status() == 200) {
                    double used = Metrics.sum(a.body(), "jvm_memory_used_bytes", "area=\"heap\"") / (1024.0 * 1024.0);
                    double live = Metrics.sum(a.body(), "jvm_gc_live_data_size_bytes") / (1024.0 * 1024.0);
                    synchronized (peakMiB) {
                        peakMiB.merge(name, used, Math::max);
                        peakLiveMiB.merge(name, live, Math::max);
                    }
                }
            } catch (Exception e) {
                // a busy service may not answer one sample; the next one counts
            }
        });
    }

    Map<String, Double> peaks() {
        synchronized (peakMiB) {
            return Map.copyOf(peakMiB);
        }
    }

    /** Peak old generation after a collection, 0 when the service never collected its old generation. */
    Map<String, Double> livePeaks() {
        synchronized (peakMiB) {
            return Map.copyOf(peakLiveMiB);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
