package org.entente.nlp.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.entente.nlp.extraction.ArticleExtractor;

/**
 * The extractor's CPU an article with one thread alone and with two threads at once, in one JVM, on the bench's
 * texts ({@code entente-drills/target/bench-state/bench-texts.txt}). nlp-service runs two workers and spends more CPU
 * an article than {@link PlatformBaseline}'s one thread; this probe says how much of that the second thread alone
 * costs (shared caches, memory bandwidth), apart from Kafka, JSON and the JIT. Run with the JVM options the bench
 * gives the services to see JFR's share too.
 * <p>
 * {@code java -cp <nlp-service's test classes and quarkus-app> org.entente.nlp.benchmark.WorkerContention TEXTS
 * ROUNDS}: warms up on three passes, then each round one pass with one thread and one with two, one line each.
 */
public final class WorkerContention {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WorkerContention() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = PlatformBaseline.articles(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ArticleExtractor extractor = ArticleExtractor.create();
        for (int i = 0; i < 3; i++) {
            texts.forEach(extractor::extract);
        }
        for (int round = 0; round < rounds; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                pass(extractor, texts, round, threads);
            }
        }
    }

    /** One pass over the texts, split among the threads; prints the CPU an article summed over the threads. */
    private static void pass(ArticleExtractor extractor, List<String> texts, int round, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long wall = System.nanoTime();
        List<Future<Long>> cpu = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            cpu.add(pool.submit(() -> {
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = first; i < texts.size(); i += threads) {
                    extractor.extract(texts.get(i));
                }
                return THREADS.getCurrentThreadCpuTime() - start;
            }));
        }
        long nanos = 0;
        for (Future<Long> f : cpu) {
            nanos += f.get();
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        System.out.printf(Locale.ROOT,
                "round %d threads %d articles %d cpu_ms_per_article %.2f wall_seconds %.1f load %.1f-%.1f%n",
                round, threads, texts.size(), nanos / 1e6 / texts.size(), wall / 1e9, loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
