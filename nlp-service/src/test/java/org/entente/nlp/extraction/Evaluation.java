package org.entente.nlp.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the extractor over labeled corpora. Extractions are kept per sentence (text and date), so a pooled corpus
 * (both sealed halves together) is scored without extracting its sentences twice.
 */
final class Evaluation {

    private final ArticleExtractor extractor;
    private final Map<String, Extraction> extractions = new HashMap<>();
    private final LearnedPassTally tally;

    Evaluation(ArticleExtractor extractor) {
        this(extractor, null);
    }

    /** An evaluation whose extractor's learned pass reports to {@code tally}, told which sentence comes next. */
    Evaluation(ArticleExtractor extractor, LearnedPassTally tally) {
        this.extractor = extractor;
        this.tally = tally;
    }

    static String key(String text, LocalDate date) {
        return date + "|" + text;
    }

    static QualityScore run(String name, List<LabeledSentence> sentences, ArticleExtractor extractor) {
        return new Evaluation(extractor).open(name, sentences);
    }

    /** A sealed set: scored, but its differences are never kept (see the blind sets' README). */
    static QualityScore runSealed(String name, List<LabeledSentence> sentences, ArticleExtractor extractor) {
        return new Evaluation(extractor).sealed(name, sentences);
    }

    QualityScore open(String name, List<LabeledSentence> sentences) {
        return score(new QualityScore(name, sentences.size()), sentences);
    }

    QualityScore sealed(String name, List<LabeledSentence> sentences) {
        return score(new QualityScore(name, sentences.size(), false), sentences);
    }

    private QualityScore score(QualityScore score, List<LabeledSentence> sentences) {
        for (LabeledSentence sentence : sentences) {
            score.score(sentence, extract(sentence.text(), sentence.date()));
        }
        return score;
    }

    private Extraction extract(String text, LocalDate date) {
        return extractions.computeIfAbsent(key(text, date), k -> {
            if (tally == null) {
                return extractor.extract(text, date);
            }
            tally.start(k);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            Extraction extraction = extractor.extract(text, date);
            tally.extracted(threads.getCurrentThreadCpuTime() - start);
            return extraction;
        });
    }
}
