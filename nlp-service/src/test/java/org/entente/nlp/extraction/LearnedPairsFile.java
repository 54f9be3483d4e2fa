package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Renders the learned pass's model file: the thresholds chosen out of fold, and the weights trained on all the data. */
final class LearnedPairsFile {

    private LearnedPairsFile() {
    }

    /**
     * The model file; the out-of-fold table goes into the report, with sentence folds beside the writer folds when
     * {@code compare} (it costs another cross-validation and changes nothing in the file); the rule events the filter
     * drops on held-out writers go into {@code drops}, one line each.
     */
    static String render(List<LabeledSentence> sentences, List<PairExamples.Coded> data, boolean compare,
            StringBuilder report, List<String> drops) {
        Map<PloverType, List<PairModelSelection.Addition>> writers = PairModelSelection.outOfFold(data,
                PairModelSelection.byWriter(data));
        PairModelSelection.report(writers,
                compare ? PairModelSelection.outOfFold(data, PairModelSelection.bySentence()) : null, report);
        drops.addAll(PairModelSelection.heldOutDrops(writers, data, sentences));
        Map<PloverType, Double> thresholds = PairModelSelection.thresholds(writers);
        Map<PloverType, Double> floors = PairModelSelection.floors(writers);
        // a floor stays only where its drops on held-out writers were mostly wrong too: set 10's dev half gave AGREE,
        // RETREAT and CONCEDE floors whose held-out drops were right half the time or more
        Map<PloverType, int[]> heldOut = new EnumMap<>(PloverType.class);
        PairModelSelection.heldOutFilter(writers, PairModelSelection.FILTER_RIGHT, PairModelSelection.MIN_DROPPED, heldOut);
        floors.keySet().removeIf(type -> {
            int[] rw = heldOut.getOrDefault(type, new int[2]);
            return rw[0] >= PairModelSelection.FILTER_RIGHT * (rw[0] + rw[1]);
        });
        List<PairModelTrainer.Example> examples = new ArrayList<>();
        data.forEach(c -> examples.add(c.example()));
        Map<PloverType, Map<String, Double>> weights = PairModelTrainer.train(examples);
        StringBuilder file = new StringBuilder();
        file.append("# The learned pass after the rules (LearnedPairs): written by LearnedPairsModelTest with\n")
                .append("# -Dlearned.regenerate=true, never by hand. Trained on ").append(sentences.size())
                .append(" readable coded sentences (").append(data.size()).append(" ordered pairs of state actors);\n")
                .append("# thresholds chosen by ").append(PairModelSelection.FOLDS)
                .append("-fold cross-validation on them, folds by writer (a type is added from where its calibrated\n")
                .append("# curve of out-of-fold additions, pulled toward all types' curve, says ")
                .append(PairModelSelection.MARGIN).append(" of them are right; a rule's events dropped below a floor under\n")
                .append("# which they were right less than ").append(PairModelSelection.FILTER_RIGHT)
                .append(" of the time, there and on held-out writers).\n");
        thresholds.forEach((type, t) -> file.append("threshold\t").append(type).append('\t').append(t).append('\n'));
        floors.forEach((type, t) -> file.append("floor\t").append(type).append('\t').append(t).append('\n'));
        Set<PloverType> scored = EnumSet.noneOf(PloverType.class);
        scored.addAll(thresholds.keySet());
        scored.addAll(floors.keySet());
        // one line per feature with a column per type: the feature's name once, not once per type
        file.append("types");
        scored.forEach(type -> file.append('\t').append(type));
        file.append('\n');
        Map<String, Map<PloverType, Double>> byFeature = new TreeMap<>();
        scored.forEach(type -> weights.get(type)
                .forEach(
                        (feature, w) -> byFeature.computeIfAbsent(feature, f -> new EnumMap<>(PloverType.class)).put(type, w)));
        byFeature.forEach((feature, w) -> {
            file.append("w\t").append(feature);
            scored.forEach(type -> {
                Double weight = w.get(type);
                file.append('\t').append(weight == null ? "0" : weight.toString());
            });
            file.append('\n');
        });
        return file.toString();
    }
}
