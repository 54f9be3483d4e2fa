package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses each type's threshold by k-fold cross-validation on the training data: out-of-fold probabilities for the
 * pairs the rules gave no event of the type, and the lowest threshold whose additions are right at least
 * {@link #PRECISION} of the time (at least {@link #MIN_ADDITIONS} of them). Folds by sentence (index mod k), so a
 * sentence's pairs are never split. Writes what it saw per type into the report.
 */
final class PairModelSelection {

    static final int FOLDS = 5;
    static final double PRECISION = 0.85;
    static final int MIN_ADDITIONS = 5;

    /** One out-of-fold addition the model could make: its probability and whether the coders gave that type. */
    record Addition(double p, boolean right) {
    }

    private PairModelSelection() {
    }

    static Map<PloverType, List<Addition>> outOfFold(List<PairExamples.Coded> data) {
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Boolean> right = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<PairModelTrainer.Example> training = new ArrayList<>();
            for (PairExamples.Coded c : data) {
                if (c.sentence() % FOLDS != fold) {
                    training.add(c.example());
                }
            }
            PairModel model = new PairModel(PairModelTrainer.train(training), Map.of());
            for (PairExamples.Coded c : data) {
                if (c.sentence() % FOLDS != fold) {
                    continue;
                }
                for (PloverType type : model.weights().keySet()) {
                    if (c.ruled().contains(type)) {
                        continue;
                    }
                    String key = type + " " + c.sentence() + " " + c.pair();
                    best.merge(key, model.probability(type, c.example().features()), Math::max);
                    right.put(key, c.gold().contains(type));
                }
            }
        }
        Map<PloverType, List<Addition>> additions = new EnumMap<>(PloverType.class);
        best.forEach((key, p) -> additions.computeIfAbsent(PloverType.valueOf(key.substring(0, key.indexOf(' '))),
                t -> new ArrayList<>()).add(new Addition(p, right.get(key))));
        return additions;
    }

    static Map<PloverType, Double> thresholds(Map<PloverType, List<Addition>> additions, StringBuilder report) {
        Map<PloverType, Double> thresholds = new EnumMap<>(PloverType.class);
        report.append(
                "| type | coded, rules missed | threshold | added right / wrong (out of fold) | at 0.5 | at 0.7 | at 0.9 |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        for (Map.Entry<PloverType, List<Addition>> entry : additions.entrySet()) {
            List<Addition> list = entry.getValue();
            long missed = list.stream().filter(Addition::right).count();
            Double chosen = null;
            for (int step = 6; step <= 19; step++) {
                double t = step * 0.05;
                int[] rw = counts(list, t);
                if (rw[0] + rw[1] >= MIN_ADDITIONS && rw[0] >= PRECISION * (rw[0] + rw[1])) {
                    chosen = Math.round(t * 100) / 100.0;
                    break;
                }
            }
            if (chosen != null) {
                thresholds.put(entry.getKey(), chosen);
            }
            int[] at = chosen == null ? new int[2] : counts(list, chosen);
            report.append(String.format(Locale.ROOT, "| %s | %d | %s | %d / %d | %s | %s | %s |%n", entry.getKey(), missed,
                    chosen == null ? "never" : chosen, at[0], at[1], cell(list, 0.5), cell(list, 0.7), cell(list, 0.9)));
        }
        return thresholds;
    }

    private static String cell(List<Addition> list, double t) {
        int[] rw = counts(list, t);
        return rw[0] + " / " + rw[1];
    }

    private static int[] counts(List<Addition> list, double t) {
        int[] rw = new int[2];
        for (Addition a : list) {
            if (a.p() >= t - 1e-9) {
                rw[a.right() ? 0 : 1]++;
            }
        }
        return rw;
    }
}
