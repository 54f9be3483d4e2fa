package org.entente.drills;

import java.util.List;
import java.util.Locale;

/**
 * Pairwise precision and recall of a clustering against a gold one: over every pair of items that may be compared,
 * a pair predicted together and together in the gold is a true positive. Precision = TP / predicted pairs,
 * recall = TP / gold pairs (1.0 when there are none).
 */
public record PairwiseScore(long truePositives, long predictedPairs, long goldPairs) {

    /** One clustered item: its predicted and gold cluster, and its group (pairs within one group are not counted). */
    public record Item(String predicted, String gold, String group) {
    }

    public static PairwiseScore of(List<Item> items) {
        long tp = 0;
        long predicted = 0;
        long gold = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                if (a.group() != null && a.group().equals(b.group())) {
                    continue;
                }
                boolean p = a.predicted().equals(b.predicted());
                boolean g = a.gold().equals(b.gold());
                predicted += p ? 1 : 0;
                gold += g ? 1 : 0;
                tp += p && g ? 1 : 0;
            }
        }
        return new PairwiseScore(tp, predicted, gold);
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : truePositives / (double) predictedPairs;
    }

    public double recall() {
        return goldPairs == 0 ? 1.0 : truePositives / (double) goldPairs;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), truePositives,
                predictedPairs, recall(), truePositives, goldPairs);
    }
}
