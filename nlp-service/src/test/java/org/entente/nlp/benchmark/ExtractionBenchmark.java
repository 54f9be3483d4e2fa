package org.entente.nlp.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.entente.nlp.extraction.ArticleExtractor;
import org.entente.nlp.extraction.LeanPipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;

/**
 * Throughput of the whole extractor against bare lean CoreNLP (tokenize, ssplit, pos, lemma, ner;
 * SUTime off) on the same articles, in the same JVM, one thread each, warmed up first. Writes
 * {@code target/bench.md}. A measurement, not a test: nothing here passes or fails on speed.
 *
 * <p>
 * Options (system properties): {@code bench.generated} (articles built from templates, default
 * 150), {@code bench.rounds} (measured passes per side, default 2), {@code bench.warmup} (warm-up
 * passes over the first 40 articles, default 2), {@code bench.samples} (path of articles.jsonl),
 * {@code bench.out} (report path), {@code bench.texts} (the platform bench's texts,
 * {@code entente-drills/target/bench-state/bench-texts.txt}: its dense articles and headlines as {@link PlatformBaseline}
 * reads them, instead of the samples and generated articles). Each pass also records the thread's CPU time, and each
 * round prints both sides' CPU an article and their ratio: the load of a shared machine moves wall times apart
 * between two passes, CPU times far less.
 */
public final class ExtractionBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int generated = Integer.getInteger("bench.generated", 150);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int warmups = Integer.getInteger("bench.warmup", 2);
        Path samples = Path.of(System.getProperty("bench.samples", "../samples/articles.jsonl"));
        Path out = Path.of(System.getProperty("bench.out", "target/bench.md"));

        String texts = System.getProperty("bench.texts");
        List<String> corpus;
        String described;
        if (texts == null) {
            corpus = new ArrayList<>(BenchCorpus.samples(samples));
            int sampleCount = corpus.size();
            corpus.addAll(BenchCorpus.generated(generated, 42));
            described = String.format(Locale.ROOT, "%d from samples/articles.jsonl, %d generated from templates with "
                    + "seed 42", sampleCount, generated);
        } else {
            List<String> articles = PlatformBaseline.articles(Path.of(texts));
            corpus = PlatformBaseline.textsAndHeadlines(articles);
            described = String.format(Locale.ROOT, "the texts and headlines of %d dense articles of %s", articles.size(),
                    texts);
        }
        System.out.printf("Corpus: %s%n", described);

        long heapBefore = heapAfterGc();
        ArticleExtractor extractor = ArticleExtractor.create();
        long heapExtractor = heapAfterGc();
        LeanPipeline lean = LeanPipeline.create();
        long heapBoth = heapAfterGc();

        ToIntFunction<String> whole = text -> extractor.extract(text).events().size();
        List<String> warm = corpus.subList(0, Math.min(40, corpus.size()));
        for (int i = 0; i < warmups; i++) {
            warm.forEach(lean::annotate);
            warm.forEach(whole::applyAsInt);
        }
        long heapWarm = heapAfterGc();
        long[] tokens = corpus.stream().mapToLong(text -> tokenCount(lean.annotate(text))).toArray();
        resetPeaks();

        List<RunStats> leanRuns = new ArrayList<>();
        List<RunStats> extractorRuns = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            leanRuns.add(measure(corpus, tokens, text -> {
                lean.annotate(text);
                return 0;
            }));
            extractorRuns.add(measure(corpus, tokens, whole));
            RunStats leanRun = leanRuns.get(round);
            RunStats extractorRun = extractorRuns.get(round);
            System.out.printf(Locale.ROOT,
                    "Round %d: lean %.1f articles/s, extractor %.1f articles/s; CPU an article lean %.2f ms, extractor"
                            + " %.2f ms, ratio by CPU %.3f; load %.1f%n",
                    round + 1, leanRun.articlesPerSecond(), extractorRun.articlesPerSecond(),
                    leanRun.cpuMillisPerArticle(), extractorRun.cpuMillisPerArticle(),
                    leanRun.cpuMillisPerArticle() / extractorRun.cpuMillisPerArticle(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        RunStats leanBest = best(leanRuns);
        RunStats extractorBest = best(extractorRuns);
        var memory = new BenchReport.Memory(heapBefore, heapExtractor, heapBoth, heapWarm, peakHeap(),
                Runtime.getRuntime().maxMemory());
        String report = new BenchReport(described, rounds, warmups, leanBest, extractorBest, memory)
                .markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static RunStats measure(List<String> corpus, long[] tokens, ToIntFunction<String> work) {
        long[] nanos = new long[corpus.size()];
        long totalTokens = 0;
        int events = 0;
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < corpus.size(); i++) {
            long start = System.nanoTime();
            events += work.applyAsInt(corpus.get(i));
            nanos[i] = System.nanoTime() - start;
            totalTokens += tokens[i];
        }
        return new RunStats(nanos, totalTokens, events, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    /** The fastest pass: the least disturbed by the other processes sharing the machine. */
    private static RunStats best(List<RunStats> runs) {
        return runs.stream().min((a, b) -> Long.compare(a.totalNanos(), b.totalNanos())).orElseThrow();
    }

    private static long tokenCount(Annotation annotation) {
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
