package org.entente.nlp.extraction;

import java.util.Set;

/** True positives, false positives and false negatives, with precision, recall and F1. */
final class Counts {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    <T> void add(Set<T> expected, Set<T> predicted) {
        for (T p : predicted) {
            if (expected.contains(p)) {
                truePositives++;
            } else {
                falsePositives++;
            }
        }
        for (T e : expected) {
            if (!predicted.contains(e)) {
                falseNegatives++;
            }
        }
    }

    int truePositives() {
        return truePositives;
    }

    int falsePositives() {
        return falsePositives;
    }

    int falseNegatives() {
        return falseNegatives;
    }

    double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 0 : (double) truePositives / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
