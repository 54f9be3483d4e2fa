package org.entente.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform benchmark's figures and their arithmetic: end-to-end articles/s next to bare
 * lean CoreNLP and the whole extractor on the same texts, one thread each, and the ratios the issue's
 * targets are stated in. A report, never a verdict on speed.
 *
 * @param articles articles pushed through the feeds
 * @param ingestedSeconds from the release until every article was on {@code articles} (poll + publish)
 * @param extractedSeconds ... until nlp-service had committed every article (extract + publish events)
 * @param appliedSeconds ... until relations-service had committed every event (apply)
 * @param cpuSeconds CPU time (user + system) of each service during the run
 * @param heapMiB live heap of each service after the run (full GC first)
 * @param maxLag the highest consumer lag seen, per group
 * @param maxActiveExtractions the most articles nlp-service was extracting at once (its gauge, sampled)
 */
public record BenchReport(int articles, long events, double ingestedSeconds, double extractedSeconds,
        double appliedSeconds, Map<String, Double> cpuSeconds, Map<String, Double> heapMiB, Map<String, Long> maxLag,
        Baseline baseline, double extractionThreadSeconds, int nlpWorkers, int maxActiveExtractions, List<String> profile) {

    /** One thread each on the same texts: bare lean CoreNLP and the whole extractor. */
    public record Baseline(int articles, long tokens, double leanSeconds, double extractorSeconds) {

        public double leanArticlesPerSecond() {
            return articles / leanSeconds;
        }

        public double extractorArticlesPerSecond() {
            return articles / extractorSeconds;
        }

        /** Parses the line nlp-service's PlatformBaseline prints. */
        public static Baseline parse(String line) {
            Map<String, String> fields = new java.util.HashMap<>();
            for (String part : line.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    fields.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return new Baseline(Integer.parseInt(fields.get("articles")), Long.parseLong(fields.get("tokens")),
                Double.parseDouble(fields.get("lean_seconds")), Double.parseDouble(fields.get("extractor_seconds")));
        }
    }

    public double endToEndArticlesPerSecond() {
        return articles / appliedSeconds;
    }

    /** End to end against one thread of bare lean CoreNLP (the target: at least 1.0; below 0.6 the report says the bar is missed). */
    public double endToEndRatio() {
        return endToEndArticlesPerSecond() / baseline.leanArticlesPerSecond();
    }

    /** The extractor alone against bare lean CoreNLP, one thread each (target: at least 1.0). */
    public double extractorRatio() {
        return baseline.extractorArticlesPerSecond() / baseline.leanArticlesPerSecond();
    }

    /**
     * nlp-service's CPU per article, in milliseconds: unlike the wall times, it does not grow when other
     * processes take the cores, so it compares with the extractor's one-thread time per article.
     */
    public double nlpCpuMillisPerArticle() {
        return 1000 * cpuSeconds.getOrDefault(DrillStack.NLP, 0.0) / articles;
    }

    public double extractorMillisPerArticle() {
        return 1000 * baseline.extractorSeconds() / baseline.articles();
    }

    public String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("# Platform benchmark (`./entente bench`)");
        lines.add("");
        lines.add(f("%d unique dense diplomatic articles (5 paragraphs, each naming two states; %d tokens in all) "
            + "pushed through RSS feeds on loopback into the packaged services on the embedded platform; "
            + "nlp-service with %d extraction workers. Load on the machine shows in every figure: compare ratios "
            + "of one run, not figures of two runs.", articles, baseline.tokens(), nlpWorkers));
        lines.add("");
        lines.add("| figure | value |");
        lines.add("|---|---|");
        lines.add(f("| end to end (release to last event applied) | **%.1f articles/s** (%.1f s) |",
            endToEndArticlesPerSecond(), appliedSeconds));
        lines.add(f("| bare lean CoreNLP, one thread, same texts | %.1f articles/s (%.0f tokens/s) |",
            baseline.leanArticlesPerSecond(), baseline.tokens() / baseline.leanSeconds()));
        lines.add(f("| whole extractor, one thread, same texts | %.1f articles/s |", baseline.extractorArticlesPerSecond()));
        lines.add(f("| **ratio end to end / lean CoreNLP** (target >= 1.0, bar 0.6) | **%.2f** |", endToEndRatio()));
        lines.add(f("| ratio extractor / lean CoreNLP (target >= 1.0) | %.2f |", extractorRatio()));
        lines.add(f("| nlp-service CPU per article (all its threads) / extractor alone, one thread | %.0f ms / %.0f ms |",
            nlpCpuMillisPerArticle(), extractorMillisPerArticle()));
        lines.add(f("| events applied | %d |", events));
        lines.add(f("| most articles extracted at once (sampled) | %d of %d workers |", maxActiveExtractions, nlpWorkers));
        lines.add("");
        lines.add("| stage | done after | CPU seconds | live heap after | max consumer lag |");
        lines.add("|---|---|---|---|---|");
        lines.add(f("| poll + publish (ingest-service) | %.1f s | %.1f | %.0f MiB | — |", ingestedSeconds,
            cpuSeconds.getOrDefault(DrillStack.INGEST, 0.0), heapMiB.getOrDefault(DrillStack.INGEST, 0.0)));
        lines.add(f("| extract + publish events (nlp-service) | %.1f s | %.1f (extractions' wall time, summed over workers: %.1f s) | %.0f MiB | %d |",
            extractedSeconds, cpuSeconds.getOrDefault(DrillStack.NLP, 0.0), extractionThreadSeconds,
            heapMiB.getOrDefault(DrillStack.NLP, 0.0), maxLag.getOrDefault("nlp-service", 0L)));
        lines.add(f("| apply (relations-service) | %.1f s | %.1f | %.0f MiB | %d |", appliedSeconds,
            cpuSeconds.getOrDefault(DrillStack.RELATIONS, 0.0), heapMiB.getOrDefault(DrillStack.RELATIONS, 0.0),
            maxLag.getOrDefault("relations-service", 0L)));
        if (!profile.isEmpty()) {
            lines.add("");
            lines.add("## Where nlp-service spent its CPU (JFR execution samples)");
            lines.add("");
            lines.addAll(profile);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
