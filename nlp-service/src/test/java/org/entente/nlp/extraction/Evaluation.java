package org.entente.nlp.extraction;

import java.util.List;

/** Runs the extractor over a labeled corpus. */
final class Evaluation {

    private Evaluation() {
    }

    static QualityScore run(String name, List<LabeledSentence> sentences, ArticleExtractor extractor) {
        QualityScore score = new QualityScore(name, sentences.size());
        for (LabeledSentence sentence : sentences) {
            score.score(sentence, extractor.extract(sentence.text(), sentence.date()));
        }
        return score;
    }
}
