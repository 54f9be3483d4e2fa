package org.entente.nlp.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.entente.nlp.extraction.ArticleExtractor;
import org.entente.nlp.extraction.LeanPipeline;

import edu.stanford.nlp.ling.CoreAnnotations;

/**
 * The yardstick of {@code ./entente bench} (entente-drills): bare lean CoreNLP and the whole
 * extractor, one thread each, on the very articles the platform run pushed through its feeds. Reads the
 * articles (separated by a line holding only U+001E; an article's headline, when it has one, comes first, then a line
 * holding only U+001D, then its text), warms both up, times one pass of each over the texts and the headlines, as
 * nlp-service extracts both, and prints one line the bench parses:
 * {@code baseline articles=N tokens=T lean_seconds=S extractor_seconds=S events=E lean_cpu_seconds=S extractor_cpu_seconds=S}.
 * The CPU seconds are this thread's own: on a shared machine the load can change between the two
 * passes, which moves their wall times apart but hardly their CPU times.
 *
 * <p>
 * The warm-up: with a second file (the bench's warm-up articles, in the same form), each of the two runs once over
 * every text and headline of it, as many as nlp-service extracted before the measured phase, so the ratio compares the
 * code and not how far each JVM's JIT got (80 texts left the baseline's JIT half done against the platform's 6,000,
 * lane tp13). Without it, twice over the first 40 texts of the measured ones.
 */
public final class PlatformBaseline {

    static final String SEPARATOR = "\u001e";
    static final String HEADLINE_SEPARATOR = "\u001d";

    private PlatformBaseline() {
    }

    public static void main(String[] args) throws Exception {
        List<String> articles = articles(Path.of(args[0]));
        List<String> texts = textsAndHeadlines(articles);
        LeanPipeline lean = LeanPipeline.create();
        ArticleExtractor extractor = ArticleExtractor.create();
        for (List<String> warm : warmUp(args, texts)) {
            warm.forEach(lean::annotate);
            warm.forEach(extractor::extract);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (String text : texts) {
            tokens += lean.annotate(text).get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double leanSeconds = (System.nanoTime() - start) / 1e9;
        double leanCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        long events = 0;
        cpu = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        for (String text : texts) {
            events += extractor.extract(text).events().size();
        }
        double extractorSeconds = (System.nanoTime() - start) / 1e9;
        double extractorCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "baseline articles=%d tokens=%d lean_seconds=%.3f extractor_seconds=%.3f events=%d"
                        + " lean_cpu_seconds=%.3f extractor_cpu_seconds=%.3f%n",
                articles.size(), tokens, leanSeconds, extractorSeconds, events, leanCpu, extractorCpu);
    }

    /** The passes of the warm-up, each run by both: see the class's comment. */
    static List<List<String>> warmUp(String[] args, List<String> texts) throws java.io.IOException {
        if (args.length > 1) {
            return List.of(textsAndHeadlines(articles(Path.of(args[1]))));
        }
        List<String> first = texts.subList(0, Math.min(40, texts.size()));
        return List.of(first, first);
    }

    /** The articles of a bench texts file (headline, if any, and text each). */
    static List<String> articles(Path file) throws java.io.IOException {
        return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\n" + SEPARATOR + "\n"))
                .filter(t -> !t.isBlank()).toList();
    }

    /** Each article's headline and text, one after the other, as nlp-service extracts them. */
    static List<String> textsAndHeadlines(List<String> articles) {
        // nlp-service reads each article's headline on its own after the text: the yardstick does the same work
        return articles.stream()
                .flatMap(a -> Arrays.stream(a.split("\n" + HEADLINE_SEPARATOR + "\n")).filter(t -> !t.isBlank()))
                .toList();
    }
}
