package org.entente.nlp.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;

/** The markdown report of one benchmark run. */
final class BenchReport {

    private static final double MIB = 1024.0 * 1024.0;
    private static final double TARGET_RATIO = 1.0;
    private static final double TARGET_HEAP_MIB = 1024;

    /** Heap used after a full GC at each stage, the peak while measuring, and -Xmx. */
    record Memory(long start, long extractorLoaded, long bothLoaded, long warmedUp, long peak, long max) {
    }

    /** What the articles were, for the report's corpus line. */
    private final String corpus;
    private final int rounds;
    private final int warmups;
    private final RunStats lean;
    private final RunStats extractor;
    private final Memory memory;

    BenchReport(String corpus, int rounds, int warmups, RunStats lean, RunStats extractor, Memory memory) {
        this.corpus = corpus;
        this.rounds = rounds;
        this.warmups = warmups;
        this.lean = lean;
        this.extractor = extractor;
        this.memory = memory;
    }

    double ratio() {
        return extractor.articlesPerSecond() / lean.articlesPerSecond();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# nlp-service extraction benchmark\n\n");
        md.append(f("Run %s on %d cores (system load average %.1f at the end: figures scale down on a busy "
                + "machine, the ratio much less), Java %s, max heap %.0f MiB.%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), memory.max() / MIB));
        md.append(f("Corpus: %d articles (%s), "
                + "%d tokens. Each side: %d warm-up passes over the first 40 articles, then %d measured passes over "
                + "all articles on one thread; the fastest pass is reported.%n%n",
                lean.articles(), corpus, lean.tokens(), warmups, rounds));
        md.append("| | tokens/s | articles/s | p50 ms/article | p99 ms/article | CPU ms/article | events found |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(md, "bare lean CoreNLP (tokenize, ssplit, pos, lemma, ner; SUTime off)", lean);
        row(md, "whole extractor (ArticleExtractor.extract)", extractor);
        md.append(f("%n**Ratio (extractor articles/s ÷ bare CoreNLP articles/s): %.2f** — target ≥ %.1f: %s.%n%n",
                ratio(), TARGET_RATIO, ratio() >= TARGET_RATIO ? "met"
                        : f("missed by %.0f%%", (TARGET_RATIO - ratio()) * 100)));
        md.append(f("By the thread's CPU time of the same passes (lean's CPU an article ÷ the extractor's): %.2f.%n%n",
                lean.cpuMillisPerArticle() / extractor.cpuMillisPerArticle()));
        md.append("| heap used (after full GC) | MiB |\n|---|---:|\n");
        md.append(f("| before loading models | %.0f |%n", memory.start() / MIB));
        md.append(f("| extractor loaded | %.0f |%n", memory.extractorLoaded() / MIB));
        md.append(f("| extractor + bare pipeline loaded | %.0f |%n", memory.bothLoaded() / MIB));
        md.append(f("| after warm-up (lazily loaded parts in) | %.0f |%n", memory.warmedUp() / MIB));
        md.append(f("| peak while measuring (before GC) | %.0f |%n%n", memory.peak() / MIB));
        double extractorMib = (memory.warmedUp() - (memory.bothLoaded() - memory.extractorLoaded())) / MIB;
        md.append(f("Heap held by the extractor after warm-up (without the baseline pipeline's share): about %.0f MiB; "
                + "target ≤ %.0f MiB: %s.%n%n", extractorMib, TARGET_HEAP_MIB,
                extractorMib <= TARGET_HEAP_MIB ? "met" : "missed"));
        md.append("Tokens are counted by the bare pipeline and used for both sides, so tokens/s compares the same "
                + "text. Latency is wall time per article on a machine shared with other work; JVM: ")
                .append(ManagementFactory.getRuntimeMXBean().getVmName()).append(".\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, RunStats stats) {
        md.append(f("| %s | %.0f | %.2f | %.1f | %.1f | %.2f | %d |%n", name, stats.tokensPerSecond(),
                stats.articlesPerSecond(), stats.percentileMillis(0.5), stats.percentileMillis(0.99),
                stats.cpuMillisPerArticle(), stats.events()));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
