package org.entente.nlp.extraction;

import java.util.List;

/** Runs the extractor over a labeled corpus. */
final class Evaluation {

    private Evaluation() {
    }

    static QualityScore run(String name, List<LabeledSentence> sentences, ArticleExtractor extractor) {
        return run(new QualityScore(name, sentences.size()), sentences, extractor);
    }

    /** A sealed set: scored, but its differences are never kept (see the blind sets' README). */
    static QualityScore runSealed(String name, List<LabeledSentence> sentences, ArticleExtractor extractor) {
        return run(new QualityScore(name, sentences.size(), false), sentences, extractor);
    }

    private static QualityScore run(QualityScore score, List<LabeledSentence> sentences, ArticleExtractor extractor) {
        for (LabeledSentence sentence : sentences) {
            score.score(sentence, extractor.extract(sentence.text(), sentence.date()));
        }
        return score;
    }
}
