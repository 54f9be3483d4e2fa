package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains {@link PairModel}'s weights: one L2-regularized logistic regression per type, full-batch AdaGrad from zero
 * for a fixed number of rounds over the examples in their given order, features seen in fewer than
 * {@link #MIN_COUNT} examples left out. No randomness, so the same examples give the same file byte for byte.
 */
final class PairModelTrainer {

    /** One ordered pair of a coded sentence: its features and the types the coders gave it. */
    record Example(List<String> features, Set<PloverType> positives) {
    }

    static final int MIN_COUNT = 4;
    static final int MIN_POSITIVES = 8;
    static final int ROUNDS = 100;
    static final double RATE = 0.5;
    static final double L2 = 1.0;
    /** Weights are kept to four decimals, and smaller ones left out: the file is the model. */
    static final double SMALLEST = 0.01;

    private PairModelTrainer() {
    }

    static Map<PloverType, Map<String, Double>> train(List<Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            e.features().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        List<String> names = new ArrayList<>();
        counts.forEach((name, count) -> {
            if (count >= MIN_COUNT) {
                names.add(name);
            }
        });
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).distinct()
                    .sorted().toArray();
        }
        List<PloverType> types = new ArrayList<>();
        for (PloverType type : PloverType.values()) {
            long positives = examples.stream().filter(e -> e.positives().contains(type)).count();
            if (positives >= MIN_POSITIVES) {
                types.add(type);
            }
        }
        boolean[][] labels = new boolean[rows.length][types.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < types.size(); k++) {
                labels[i][k] = examples.get(i).positives().contains(types.get(k));
            }
        }
        double[] w = fit(rows, labels, names.size(), types.size(), index.get("bias"));
        Map<PloverType, Map<String, Double>> model = new EnumMap<>(PloverType.class);
        for (int k = 0; k < types.size(); k++) {
            Map<String, Double> weights = new TreeMap<>();
            for (int f = 0; f < names.size(); f++) {
                double rounded = Math.round(w[f * types.size() + k] * 10000) / 10000.0;
                if (Math.abs(rounded) >= SMALLEST) {
                    weights.put(names.get(f), rounded);
                }
            }
            model.put(types.get(k), weights);
        }
        return model;
    }

    /**
     * The types' regressions side by side (weight of feature f for type k at f * types + k): one pass over the
     * examples per round for all of them. Each type's weights move only by its own gradient.
     */
    private static double[] fit(int[][] rows, boolean[][] labels, int features, int types, Integer bias) {
        double[] w = new double[features * types];
        double[] squares = new double[w.length];
        double[] gradient = new double[w.length];
        double[] z = new double[types];
        for (int round = 0; round < ROUNDS; round++) {
            for (int j = 0; j < w.length; j++) {
                gradient[j] = bias != null && j / types == bias ? 0 : L2 * w[j];
            }
            for (int i = 0; i < rows.length; i++) {
                java.util.Arrays.fill(z, 0);
                for (int f : rows[i]) {
                    for (int k = 0, at = f * types; k < types; k++, at++) {
                        z[k] += w[at];
                    }
                }
                for (int k = 0; k < types; k++) {
                    z[k] = 1 / (1 + Math.exp(-z[k])) - (labels[i][k] ? 1 : 0);
                }
                for (int f : rows[i]) {
                    for (int k = 0, at = f * types; k < types; k++, at++) {
                        gradient[at] += z[k];
                    }
                }
            }
            for (int j = 0; j < w.length; j++) {
                squares[j] += gradient[j] * gradient[j];
                if (squares[j] > 0) {
                    w[j] -= RATE * gradient[j] / Math.sqrt(squares[j]);
                }
            }
        }
        return w;
    }
}
