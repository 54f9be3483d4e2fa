package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Chooses each type's threshold by k-fold cross-validation on the training data: out-of-fold probabilities for the
 * pairs the rules gave no event of the type, a calibration curve of how often they are right fitted per type and pulled
 * toward all types' curve ({@link ShrunkCalibration}), and the probability where that curve reaches {@link #MARGIN}.
 * Until session 25 the threshold was the lowest whose own additions were right at least {@link #PRECISION} of the time
 * (at least {@link #MIN_ADDITIONS} of them): a few dozen additions around that bar switched whole types in or out when
 * the rules moved a little, so rule changes could not be judged with the pass retrained. The folds split writers:
 * every sentence of one writer is in one fold. Folds by sentence (session 23) put a writer's near-twin sentences on
 * both sides and promised 85 % where set 9, unseen, gave 64 %; they are still computed, beside, to show the gap.
 */
final class PairModelSelection {

    static final int FOLDS = 5;
    static final double PRECISION = 0.85;
    static final int MIN_ADDITIONS = 5;
    /** How often the last addition at a type's threshold is right by its calibrated curve. */
    static final double MARGIN = 0.65;
    static final double LOWEST = 0.3;
    static final double HIGHEST = 0.95;
    /** A rule's events of a type are dropped below a probability only where fewer than this share of them were right. */
    static final double FILTER_RIGHT = 0.35;
    static final int MIN_DROPPED = 20;

    /**
     * One out-of-fold reading of a pair for a type: its probability, whether the coders gave that type, the fold it was
     * held out in, whether the rules gave the type (then it is no addition but a rule's event the model judges), and
     * whether the rules gave the pair another type too (only then may the filter drop it).
     */
    record Addition(double p, boolean right, int fold, boolean ruled, boolean shared, boolean told, int sentence,
            String pair) {

        /** A rule's event the filter may drop: the pair keeps another reading, and it is no judged act or judgement. */
        boolean droppable() {
            return ruled && shared && !told;
        }
    }

    private PairModelSelection() {
    }

    /** Folds by sentence: index mod k (session 23's folds, kept to show what they promise). */
    static ToIntFunction<PairExamples.Coded> bySentence() {
        return c -> c.sentence() % FOLDS;
    }

    /**
     * Folds by writer: writers by their number of sentences, largest first (ties by name), each into the fold with
     * the fewest sentences so far, so folds are of like size and the split is the same on every run.
     */
    static ToIntFunction<PairExamples.Coded> byWriter(List<PairExamples.Coded> data) {
        Map<String, Set<Integer>> sentences = new TreeMap<>();
        data.forEach(c -> sentences.computeIfAbsent(c.writer(), w -> new TreeSet<>()).add(c.sentence()));
        List<String> writers = new ArrayList<>(sentences.keySet());
        writers.sort(Comparator.comparing((String w) -> -sentences.get(w).size()).thenComparing(w -> w));
        int[] size = new int[FOLDS];
        Map<String, Integer> fold = new HashMap<>();
        for (String writer : writers) {
            int smallest = 0;
            for (int f = 1; f < FOLDS; f++) {
                if (size[f] < size[smallest]) {
                    smallest = f;
                }
            }
            fold.put(writer, smallest);
            size[smallest] += sentences.get(writer).size();
        }
        return c -> fold.get(c.writer());
    }

    static Map<PloverType, List<Addition>> outOfFold(List<PairExamples.Coded> data, ToIntFunction<PairExamples.Coded> folds) {
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Addition> seen = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<PairModelTrainer.Example> training = new ArrayList<>();
            for (PairExamples.Coded c : data) {
                if (folds.applyAsInt(c) != fold) {
                    training.add(c.example());
                }
            }
            PairModel model = new PairModel(PairModelTrainer.train(training), Map.of());
            for (PairExamples.Coded c : data) {
                if (folds.applyAsInt(c) != fold) {
                    continue;
                }
                for (PloverType type : model.weights().keySet()) {
                    String key = type + " " + c.sentence() + " " + c.pair();
                    best.merge(key, model.probability(type, c.example().features()), Math::max);
                    seen.put(key, new Addition(0, c.gold().contains(type), fold, c.ruled().contains(type),
                            c.ruled().size() > 1, PairFeatures.told(c.example().features(), type), c.sentence(),
                            c.pair()));
                }
            }
        }
        Map<PloverType, List<Addition>> additions = new EnumMap<>(PloverType.class);
        best.forEach((key, p) -> {
            Addition a = seen.get(key);
            additions.computeIfAbsent(PloverType.valueOf(key.substring(0, key.indexOf(' '))), t -> new ArrayList<>())
                    .add(new Addition(p, a.right(), a.fold(), a.ruled(), a.shared(), a.told(), a.sentence(), a.pair()));
        });
        return additions;
    }

    /**
     * Per type the probability where its calibrated curve ({@link ShrunkCalibration}) reaches {@link #MARGIN}, at least
     * 0.30; a type whose curve stays under it up to 0.95, or that would add fewer than {@link #MIN_ADDITIONS} pairs out
     * of fold, is never added.
     */
    static Map<PloverType, Double> thresholds(Map<PloverType, List<Addition>> additions) {
        return calibrated(additions, MARGIN, ShrunkCalibration.PULL, -1);
    }

    /**
     * The calibrated thresholds from the additions outside one fold ({@code -1}: all of them): the marginal addition at
     * the threshold is right {@code bar} of the time by the type's curve, the ones above it more often. The threshold
     * is rounded up to the hundredth, so it moves by a hundredth where a few candidates change.
     */
    static Map<PloverType, Double> calibrated(Map<PloverType, List<Addition>> additions, double bar, double pull,
            int heldOut) {
        Map<PloverType, Double> thresholds = new EnumMap<>(PloverType.class);
        ShrunkCalibration.curves(additions, heldOut, pull).forEach((type, curve) -> {
            double t = Math.max(LOWEST, Math.ceil(curve.crossing(bar) * 100 - 1e-9) / 100);
            int[] rw = added(additions.get(type).stream().filter(a -> a.fold() != heldOut).toList(), t);
            // a type with a handful of additions does not pay for its weights in the file and its scoring on every pair;
            // in or out, it moves a handful of pairs
            if (t <= HIGHEST + 1e-9 && rw[0] + rw[1] >= MIN_ADDITIONS) {
                thresholds.put(type, t);
            }
        });
        return thresholds;
    }

    /** Session 23-25's selection: per type the lowest threshold whose out-of-fold additions meet the bar. */
    static Map<PloverType, Double> pointThresholds(Map<PloverType, List<Addition>> additions) {
        return pointThresholds(additions, PRECISION, MIN_ADDITIONS, -1);
    }

    /**
     * The lowest threshold in 0.30..0.95 whose additions outside one fold ({@code -1}: all of them) are right at least
     * {@code bar} of the time, at least {@code least} of them (session 23-25's selection, kept for comparison).
     */
    static Map<PloverType, Double> pointThresholds(Map<PloverType, List<Addition>> additions, double bar, int least,
            int heldOut) {
        Map<PloverType, Double> thresholds = new EnumMap<>(PloverType.class);
        additions.forEach((type, all) -> {
            List<Addition> list = all.stream().filter(a -> a.fold() != heldOut).toList();
            for (int step = 6; step <= 19; step++) {
                double t = step * 0.05;
                int[] rw = added(list, t);
                if (rw[0] + rw[1] >= least && rw[0] >= bar * (rw[0] + rw[1])) {
                    thresholds.put(type, Math.round(t * 100) / 100.0);
                    return;
                }
            }
        });
        return thresholds;
    }

    /** Per type the highest floor in 0.05..0.50 below which the rules' events meet the filter's bar; else none. */
    static Map<PloverType, Double> floors(Map<PloverType, List<Addition>> additions) {
        return floors(additions, FILTER_RIGHT, MIN_DROPPED, -1);
    }

    static Map<PloverType, Double> floors(Map<PloverType, List<Addition>> additions, double bar, int least, int heldOut) {
        Map<PloverType, Double> floors = new EnumMap<>(PloverType.class);
        additions.forEach((type, all) -> {
            List<Addition> list = all.stream().filter(a -> a.fold() != heldOut).toList();
            for (int step = 10; step >= 1; step--) {
                double t = step * 0.05;
                int[] rw = dropped(list, t);
                if (rw[0] + rw[1] >= least && rw[0] < bar * (rw[0] + rw[1])) {
                    floors.put(type, Math.round(t * 100) / 100.0);
                    return;
                }
            }
        });
        return floors;
    }

    /** The filter on writers it did not see, as {@link #heldOutSelection}: the rules' events dropped, right / wrong. */
    static int[] heldOutFilter(Map<PloverType, List<Addition>> additions, double bar, int least,
            Map<PloverType, int[]> perType) {
        return heldOut(additions, fold -> floors(additions, bar, least, fold), PairModelSelection::dropped, perType);
    }

    /**
     * Every rule event the filter would drop on writers it did not see (floors chosen on the other folds), one line
     * each, the judged acts and judgements it keeps marked {@code told}: right or wrong by the coders, type, pair, the rules'
     * types on the pair, the sentence's id and text. Readable
     * sentences only, for reading what kind of sentence the filter acts on.
     */
    static List<String> heldOutDrops(Map<PloverType, List<Addition>> additions, List<PairExamples.Coded> data,
            List<LabeledSentence> sentences) {
        Map<String, Set<PloverType>> ruled = new HashMap<>();
        data.forEach(c -> ruled.put(c.sentence() + " " + c.pair(), c.ruled()));
        List<String> lines = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            for (Map.Entry<PloverType, Double> entry : floors(additions, FILTER_RIGHT, MIN_DROPPED, fold).entrySet()) {
                for (Addition a : additions.get(entry.getKey())) {
                    if (a.fold() == fold && a.ruled() && a.shared() && a.p() < entry.getValue()) {
                        LabeledSentence s = sentences.get(a.sentence());
                        lines.add(String.format(Locale.ROOT, "%s\t%s\t%s %s\t%.2f\t%s\t%s\t%s", a.right() ? "RIGHT" : "WRONG",
                                a.told() ? "told" : "-", entry.getKey(), a.pair(), a.p(),
                                ruled.get(a.sentence() + " " + a.pair()), s.id(), s.text()));
                    }
                }
            }
        }
        return lines;
    }

    /** The rules' events (pairs the rules gave the type and another) below t: right, wrong. */
    private static int[] dropped(List<Addition> list, double t) {
        int[] rw = new int[2];
        for (Addition a : list) {
            if (a.droppable() && a.p() < t) {
                rw[a.right() ? 0 : 1]++;
            }
        }
        return rw;
    }

    /**
     * What the whole selection gives on writers it did not see: for each fold, thresholds chosen on the other folds'
     * additions, and the additions those thresholds make in the fold, summed. Choosing the lowest threshold that meets
     * a bar on a few dozen additions picks the luckiest one; this figure is not chosen, so it pays for that luck.
     */
    static int[] heldOutSelection(Map<PloverType, List<Addition>> additions, double bar, int least,
            Map<PloverType, int[]> perType) {
        return heldOut(additions, fold -> pointThresholds(additions, bar, least, fold), PairModelSelection::added, perType);
    }

    /** The calibrated selection on writers it did not see, as {@link #heldOutSelection}. */
    static int[] heldOutCalibrated(Map<PloverType, List<Addition>> additions, double bar, double pull,
            Map<PloverType, int[]> perType) {
        return heldOut(additions, fold -> calibrated(additions, bar, pull, fold), PairModelSelection::added, perType);
    }

    /**
     * For each fold, the cut-offs {@code chosen} on the other folds and what {@code count} finds at them in the fold:
     * right, wrong, summed (and by type into {@code perType}).
     */
    private static int[] heldOut(Map<PloverType, List<Addition>> additions,
            IntFunction<Map<PloverType, Double>> chosen, BiFunction<List<Addition>, Double, int[]> count,
            Map<PloverType, int[]> perType) {
        int[] total = new int[2];
        for (int fold = 0; fold < FOLDS; fold++) {
            for (Map.Entry<PloverType, Double> entry : chosen.apply(fold).entrySet()) {
                int held = fold;
                int[] rw = count.apply(additions.get(entry.getKey()).stream().filter(a -> a.fold() == held).toList(),
                        entry.getValue());
                total[0] += rw[0];
                total[1] += rw[1];
                int[] sum = perType.computeIfAbsent(entry.getKey(), t -> new int[2]);
                sum[0] += rw[0];
                sum[1] += rw[1];
            }
        }
        return total;
    }

    /**
     * What each type's additions would be out of fold, writer folds (which choose) beside sentence folds (when given):
     * the threshold each would choose, the additions right / wrong at it with their precision and their recall against
     * the coded pairs the rules missed, and both at fixed thresholds; then the selection's figure on held-out writers
     * for a few bars, and how often the rules' own events are right below a probability.
     */
    static void report(Map<PloverType, List<Addition>> writers, Map<PloverType, List<Addition>> sentences,
            StringBuilder report) {
        Map<PloverType, Double> byWriter = thresholds(writers);
        Map<PloverType, Double> pointByWriter = pointThresholds(writers);
        Map<PloverType, Double> bySentence = sentences == null ? Map.of() : thresholds(sentences);
        Map<PloverType, ShrunkCalibration.Curve> curves = ShrunkCalibration.curves(writers, -1, ShrunkCalibration.PULL);
        report.append("| type | coded, rules missed | sentence folds: threshold, right / wrong, P, R"
                + " | writer folds: threshold, right / wrong, P, R | writer folds, session 23-25's selection"
                + " | curve a, b; q at 0.5, 0.9 | at 0.5 (sentence; writer) | at 0.7 | at 0.9 |\n");
        report.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<PloverType, List<Addition>> entry : writers.entrySet()) {
            PloverType type = entry.getKey();
            List<Addition> list = entry.getValue();
            List<Addition> other = sentences == null ? null : sentences.get(type);
            long missed = list.stream().filter(a -> !a.ruled() && a.right()).count();
            ShrunkCalibration.Curve curve = curves.get(type);
            report.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %.2f, %.2f; %.2f, %.2f | %s | %s | %s |%n",
                    type, missed, other == null ? "-" : chosen(other, bySentence.get(type), missed),
                    chosen(list, byWriter.get(type), missed), chosen(list, pointByWriter.get(type), missed), curve.a(),
                    curve.b(), curve.q(0.5), curve.q(0.9), both(other, list, 0.5), both(other, list, 0.7),
                    both(other, list, 0.9)));
        }
        report.append("\nThe selection on held-out writers (thresholds chosen on four folds, additions counted in the"
                + " fifth): bar, least additions, right / wrong, by type\n\n");
        for (double bar : new double[] { 0.85, 0.8, 0.75, 0.7 }) {
            for (int least : new int[] { 5, 10, 20 }) {
                Map<PloverType, int[]> perType = new EnumMap<>(PloverType.class);
                int[] rw = heldOutSelection(writers, bar, least, perType);
                report.append(heldOutLine(String.format(Locale.ROOT, "%.2f, %d", bar, least), rw, perType));
            }
        }
        report.append("\nThe calibrated selection on held-out writers (curves fitted on four folds, additions counted in"
                + " the fifth): margin, pull, right / wrong, by type\n\n");
        for (double pull : new double[] { 3, ShrunkCalibration.PULL, 30 }) {
            for (double bar : new double[] { 0.6, 0.65, MARGIN, 0.75, 0.8 }) {
                Map<PloverType, int[]> perType = new EnumMap<>(PloverType.class);
                int[] rw = heldOutCalibrated(writers, bar, pull, perType);
                report.append(heldOutLine(String.format(Locale.ROOT, "%.2f, %.0f", bar, pull), rw, perType));
            }
        }
        report.append("\nThe filter on held-out writers (floors chosen on four folds, the rules' events dropped in the"
                + " fifth): bar, least dropped, right / wrong, by type\n\n");
        for (double bar : new double[] { 0.3, 0.35, 0.4, 0.45 }) {
            for (int least : new int[] { 10, 20 }) {
                Map<PloverType, int[]> perType = new EnumMap<>(PloverType.class);
                int[] rw = heldOutFilter(writers, bar, least, perType);
                report.append(heldOutLine(String.format(Locale.ROOT, "%.2f, %d", bar, least), rw, perType));
            }
        }
        report.append(
                "\nThe rules' own events on pairs they gave another type too, out of fold (writer folds), right / wrong below a probability\n\n");
        report.append("| type | all | < 0.1 | < 0.2 | < 0.3 | < 0.4 | < 0.5 |\n|---|---|---|---|---|---|---|\n");
        writers.forEach((type, list) -> {
            StringBuilder row = new StringBuilder("| " + type + " | " + below(list, 2));
            for (double t : new double[] { 0.1, 0.2, 0.3, 0.4, 0.5 }) {
                row.append(" | ").append(below(list, t));
            }
            report.append(row).append(" |\n");
        });
    }

    /** One line of a held-out figure: what was chosen, right / wrong with their share right, and by type. */
    static String heldOutLine(String chosen, int[] rw, Map<PloverType, int[]> perType) {
        StringBuilder types = new StringBuilder();
        perType.forEach((t, c) -> types.append(' ').append(t).append(' ').append(c[0]).append('/').append(c[1]));
        return String.format(Locale.ROOT, "- %s: %d / %d (%.2f);%s%n", chosen, rw[0], rw[1],
                rw[0] / Math.max(1.0, rw[0] + rw[1]), types);
    }

    private static String below(List<Addition> list, double t) {
        int right = 0;
        int wrong = 0;
        for (Addition a : list) {
            if (a.droppable() && a.p() < t) {
                if (a.right()) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        return right + " / " + wrong;
    }

    private static String chosen(List<Addition> list, Double threshold, long missed) {
        if (threshold == null) {
            return "never";
        }
        int[] rw = added(list, threshold);
        return String.format(Locale.ROOT, "%s: %d / %d, %.2f, %.3f", threshold, rw[0], rw[1],
                rw[0] / (double) (rw[0] + rw[1]), missed == 0 ? 0 : rw[0] / (double) missed);
    }

    private static String both(List<Addition> sentences, List<Addition> writers, double t) {
        int[] w = added(writers, t);
        if (sentences == null) {
            return w[0] + " / " + w[1];
        }
        int[] s = added(sentences, t);
        return s[0] + " / " + s[1] + "; " + w[0] + " / " + w[1];
    }

    /** Additions (pairs the rules gave no event of the type) at or above t: right, wrong. */
    static int[] added(List<Addition> list, double t) {
        int[] rw = new int[2];
        for (Addition a : list) {
            if (!a.ruled() && a.p() >= t - 1e-9) {
                rw[a.right() ? 0 : 1]++;
            }
        }
        return rw;
    }
}
