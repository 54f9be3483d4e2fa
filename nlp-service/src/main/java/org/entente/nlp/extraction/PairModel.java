package org.entente.nlp.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One logistic regression per PLOVER type over {@link PairFeatures}, and the probability above which the learned pass
 * adds an event of that type. A type without a threshold is never added. Read from a TSV that a generator writes
 * ({@code LearnedPairsGenerator}): {@code threshold TYPE p} and {@code weight TYPE feature w} lines.
 */
final class PairModel {

    private final Map<PloverType, Map<String, Double>> weights;
    private final Map<PloverType, Double> thresholds;
    /** The types with a threshold, in the thresholds' order: the only ones {@link #addable} scores. */
    private final PloverType[] addable;
    /**
     * Each feature's weight for each of the {@link #addable} types (0 where a type does not weigh it): one look-up a
     * feature for all types, where looking each type's map up cost the learned pass most of its CPU.
     */
    private final Map<String, double[]> byFeature = new HashMap<>();

    PairModel(Map<PloverType, Map<String, Double>> weights, Map<PloverType, Double> thresholds) {
        this.weights = weights;
        this.thresholds = thresholds;
        this.addable = thresholds.keySet().toArray(PloverType[]::new);
        for (int t = 0; t < addable.length; t++) {
            int index = t;
            weights.getOrDefault(addable[t], Map.of()).forEach(
                    (feature, w) -> byFeature.computeIfAbsent(feature, f -> new double[addable.length])[index] = w);
        }
    }

    static PairModel empty() {
        return new PairModel(Map.of(), Map.of());
    }

    static PairModel read(String resource) {
        InputStream in = PairModel.class.getResourceAsStream(resource);
        if (in == null) {
            return empty();
        }
        Map<PloverType, Map<String, Double>> weights = new EnumMap<>(PloverType.class);
        Map<PloverType, Double> thresholds = new EnumMap<>(PloverType.class);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                PloverType type = PloverType.valueOf(f[1]);
                if (f[0].equals("threshold")) {
                    thresholds.put(type, Double.parseDouble(f[2]));
                } else {
                    weights.computeIfAbsent(type, t -> new HashMap<>()).put(f[2], Double.parseDouble(f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PairModel(weights, thresholds);
    }

    Map<PloverType, Double> thresholds() {
        return thresholds;
    }

    Map<PloverType, Map<String, Double>> weights() {
        return weights;
    }

    double probability(PloverType type, List<String> features) {
        Map<String, Double> w = weights.get(type);
        if (w == null) {
            return 0;
        }
        double z = 0;
        for (String feature : features) {
            z += w.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The types with a threshold, in order: what {@link #addable(List)}'s probabilities stand for. */
    PloverType[] addable() {
        return addable.clone();
    }

    /**
     * {@link #probability} of each {@link #addable()} type, in that order, with the same sums: each type's terms in the
     * features' order, a feature the type does not weigh adding 0.
     */
    double[] addable(List<String> features) {
        double[] z = new double[addable.length];
        for (String feature : features) {
            double[] w = byFeature.get(feature);
            if (w != null) {
                for (int t = 0; t < z.length; t++) {
                    z[t] += w[t];
                }
            }
        }
        for (int t = 0; t < z.length; t++) {
            z[t] = 1 / (1 + Math.exp(-z[t]));
        }
        return z;
    }
}
