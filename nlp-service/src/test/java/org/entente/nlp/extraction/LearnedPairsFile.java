package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the learned pass's model file: the thresholds chosen out of fold, and the weights trained on all the data. */
final class LearnedPairsFile {

    private LearnedPairsFile() {
    }

    static String render(int sentences, List<PairExamples.Coded> data, StringBuilder report) {
        Map<PloverType, Double> thresholds = PairModelSelection.thresholds(PairModelSelection.outOfFold(data), report);
        List<PairModelTrainer.Example> examples = new ArrayList<>();
        data.forEach(c -> examples.add(c.example()));
        Map<PloverType, Map<String, Double>> weights = PairModelTrainer.train(examples);
        StringBuilder file = new StringBuilder();
        file.append("# The learned pass after the rules (LearnedPairs): written by LearnedPairsModelTest with\n")
                .append("# -Dlearned.regenerate=true, never by hand. Trained on ").append(sentences)
                .append(" readable coded sentences (").append(data.size()).append(" ordered pairs of state actors);\n")
                .append("# thresholds chosen by ").append(PairModelSelection.FOLDS)
                .append("-fold cross-validation on them (additions right at least ")
                .append(PairModelSelection.PRECISION).append(" of the time).\n");
        thresholds.forEach((type, t) -> file.append("threshold\t").append(type).append('\t').append(t).append('\n'));
        thresholds.keySet().forEach(type -> weights.get(type).forEach((feature, w) -> file.append("weight\t")
                .append(type).append('\t').append(feature).append('\t').append(w).append('\n')));
        return file.toString();
    }
}
