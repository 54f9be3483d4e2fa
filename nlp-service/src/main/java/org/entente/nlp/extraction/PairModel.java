package org.entente.nlp.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One logistic regression per PLOVER type over {@link PairFeatures}, the probability at or above which the learned pass
 * adds an event of that type, and the one below which it drops a rule's event of that type. A type without a threshold
 * is never added, one without a floor never dropped. Read from a TSV that {@code LearnedPairsModelTest} writes:
 * {@code threshold TYPE p} and {@code floor TYPE p} lines, a {@code types TYPE...} line and one {@code w feature w...}
 * line per feature with its weight for each of those types, 0 where it has none ({@code weight TYPE feature w} lines,
 * one per type and feature, are read too: they wrote each feature's name once per type, and that was most of the file).
 */
final class PairModel {

    private final Map<PloverType, Map<String, Double>> weights;
    private final Map<PloverType, Double> thresholds;
    private final Map<PloverType, Double> floors;
    /** The types with a threshold or a floor, in the enum's order: the ones {@link #probabilities} scores. */
    private final PloverType[] scored;
    /** Each type's place in {@link #scored}, by ordinal; -1 for a type the pass never scores. */
    private final int[] slot = new int[PloverType.values().length];
    /** Which of {@link #scored} have weights at all: {@link #probability} gives a type without any 0, not 0.5. */
    private final boolean[] weighed;
    /**
     * Each feature's weight for each of the {@link #scored} types (0 where a type does not weigh it): one look-up a
     * feature for all types, where one map look-up per type, feature and comparison cost the pass most of its CPU.
     */
    private final Map<String, double[]> byFeature = new HashMap<>();

    PairModel(Map<PloverType, Map<String, Double>> weights, Map<PloverType, Double> thresholds) {
        this(weights, thresholds, Map.of());
    }

    PairModel(Map<PloverType, Map<String, Double>> weights, Map<PloverType, Double> thresholds,
            Map<PloverType, Double> floors) {
        this.weights = weights;
        this.thresholds = thresholds;
        this.floors = floors;
        this.scored = Arrays.stream(PloverType.values()).filter(t -> thresholds.containsKey(t) || floors.containsKey(t))
                .toArray(PloverType[]::new);
        this.weighed = new boolean[scored.length];
        Arrays.fill(slot, -1);
        for (int t = 0; t < scored.length; t++) {
            int index = t;
            slot[scored[t].ordinal()] = t;
            Map<String, Double> w = weights.get(scored[t]);
            weighed[t] = w != null;
            if (w != null) {
                w.forEach((feature,
                        weight) -> byFeature.computeIfAbsent(feature, f -> new double[scored.length])[index] = weight);
            }
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
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PairModel parse(BufferedReader reader) throws IOException {
        Map<PloverType, Map<String, Double>> weights = new EnumMap<>(PloverType.class);
        Map<PloverType, Double> thresholds = new EnumMap<>(PloverType.class);
        Map<PloverType, Double> floors = new EnumMap<>(PloverType.class);
        PloverType[] columns = new PloverType[0];
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("types")) {
                columns = Arrays.stream(f).skip(1).map(PloverType::valueOf).toArray(PloverType[]::new);
                continue;
            }
            if (f[0].equals("w")) {
                for (int c = 0; c < columns.length; c++) {
                    double w = Double.parseDouble(f[c + 2]);
                    if (w != 0) {
                        weights.computeIfAbsent(columns[c], t -> new HashMap<>()).put(f[1], w);
                    }
                }
                continue;
            }
            PloverType type = PloverType.valueOf(f[1]);
            if (f[0].equals("threshold")) {
                thresholds.put(type, Double.parseDouble(f[2]));
            } else if (f[0].equals("floor")) {
                floors.put(type, Double.parseDouble(f[2]));
            } else {
                weights.computeIfAbsent(type, t -> new HashMap<>()).put(f[2], Double.parseDouble(f[3]));
            }
        }
        return new PairModel(weights, thresholds, floors);
    }

    Map<PloverType, Double> thresholds() {
        return thresholds;
    }

    Map<PloverType, Double> floors() {
        return floors;
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

    /** Where {@code type}'s probability sits in {@link #probabilities}' array; -1 for a type without threshold or floor. */
    int slot(PloverType type) {
        return slot[type.ordinal()];
    }

    /**
     * {@link #probability} of every type with a threshold or a floor, at its {@link #slot}, from one walk of the
     * features and the same sums: each type's terms in the features' order, a feature it does not weigh adding nothing.
     */
    double[] probabilities(List<String> features) {
        double[] z = new double[scored.length];
        for (String feature : features) {
            double[] w = byFeature.get(feature);
            if (w != null) {
                for (int t = 0; t < z.length; t++) {
                    z[t] += w[t];
                }
            }
        }
        for (int t = 0; t < z.length; t++) {
            z[t] = weighed[t] ? 1 / (1 + Math.exp(-z[t])) : 0;
        }
        return z;
    }
}
