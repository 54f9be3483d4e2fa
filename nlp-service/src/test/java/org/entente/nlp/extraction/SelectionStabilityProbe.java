package org.entente.nlp.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Whether the learned pass's choice of types holds under changes that should not matter: the training pairs of other
 * rule states (kept files of {@link PairExamplesFile}, {@code -Dprobe.stability.examples=BASE,OTHER,...}, each made by
 * {@code LearnedPairsModelTest -Dlearned.examples=FILE} on a checkout of those rules) and the base without one set's
 * or writer group's sentences ({@code -Dprobe.stability.leave=blind10-,headlines-,...}, writer prefixes). For each
 * variant, per type, the threshold session 23-25's selection chooses and the one the calibrated selection chooses,
 * with the out-of-fold additions right / wrong at it. Then the held-out figures of both selections on the base for a
 * few bars. Writes target/selection-stability.md. Run with {@code -Dprobe.stability=true}; reads no sealed half.
 */
class SelectionStabilityProbe {

    @Test
    void typesHoldUnderSmallChanges() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("probe.stability"));
        String[] files = System.getProperty("probe.stability.examples", "").split(",");
        Map<String, List<PairExamples.Coded>> variants = new LinkedHashMap<>();
        List<PairExamples.Coded> base = PairExamplesFile.readOrCollect(Path.of(files[0]), List.of());
        variants.put("base", base);
        for (int i = 1; i < files.length; i++) {
            variants.put(Path.of(files[i]).getFileName().toString(),
                    PairExamplesFile.readOrCollect(Path.of(files[i]), List.of()));
        }
        for (String prefix : System.getProperty("probe.stability.leave", "").split(",")) {
            if (!prefix.isBlank()) {
                variants.put("without " + prefix, base.stream().filter(c -> !c.writer().startsWith(prefix)).toList());
            }
        }
        Map<String, Map<PloverType, List<PairModelSelection.Addition>>> oof = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        variants.forEach((name, data) -> {
            long start = System.nanoTime();
            oof.put(name, PairModelSelection.outOfFold(data, PairModelSelection.byWriter(data)));
            report.append(String.format(Locale.ROOT, "- %s: %d pairs, out of fold in %.1f s%n", name, data.size(),
                    (System.nanoTime() - start) / 1e9));
        });
        table(report, "Session 23-25's selection (lowest threshold right >= 0.85 on >= 5 out of fold)", oof,
                PairModelSelection::pointThresholds);
        for (String config : System
                .getProperty("probe.stability.configs", PairModelSelection.MARGIN + ":" + ShrunkCalibration.PULL)
                .split(",")) {
            double margin = Double.parseDouble(config.split(":")[0]);
            double pull = Double.parseDouble(config.split(":")[1]);
            table(report, "Calibrated selection (margin " + margin + ", pull " + pull + ")", oof,
                    additions -> PairModelSelection.calibrated(additions, margin, pull, -1));
        }
        Map<PloverType, List<PairModelSelection.Addition>> writers = oof.get("base");
        report.append("\nHeld-out writers on the base (thresholds chosen on four folds, additions in the fifth)\n\n");
        for (double bar : new double[] { 0.85, 0.8 }) {
            Map<PloverType, int[]> perType = new EnumMap<>(PloverType.class);
            int[] rw = PairModelSelection.heldOutSelection(writers, bar, PairModelSelection.MIN_ADDITIONS, perType);
            report.append(PairModelSelection.heldOutLine("point " + bar + ", least 5", rw, perType));
        }
        for (double pull : new double[] { 3, 10, 30 }) {
            for (double bar : new double[] { 0.6, 0.65, 0.7, 0.75, 0.8 }) {
                Map<PloverType, int[]> perType = new EnumMap<>(PloverType.class);
                int[] rw = PairModelSelection.heldOutCalibrated(writers, bar, pull, perType);
                report.append(PairModelSelection.heldOutLine("calibrated " + bar + ", pull " + pull, rw, perType));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/selection-stability.md"), report.toString());
        System.out.println(report);
    }

    private static void table(StringBuilder report, String title,
            Map<String, Map<PloverType, List<PairModelSelection.Addition>>> oof,
            Function<Map<PloverType, List<PairModelSelection.Addition>>, Map<PloverType, Double>> selection) {
        report.append("\n").append(title).append(": threshold, out-of-fold additions right / wrong at it\n\n| type |");
        oof.keySet().forEach(name -> report.append(' ').append(name).append(" |"));
        report.append("\n|---|");
        oof.keySet().forEach(name -> report.append("---|"));
        report.append('\n');
        Map<String, Map<PloverType, Double>> chosen = new LinkedHashMap<>();
        oof.forEach((name, additions) -> chosen.put(name, selection.apply(additions)));
        int[][] totals = new int[oof.size()][2];
        int flips = 0;
        int[] swing = new int[2];
        for (PloverType type : PloverType.values()) {
            StringBuilder row = new StringBuilder("| " + type + " |");
            int v = 0;
            boolean in = chosen.get("base").containsKey(type);
            for (Map.Entry<String, Map<PloverType, List<PairModelSelection.Addition>>> entry : oof.entrySet()) {
                Double t = chosen.get(entry.getKey()).get(type);
                List<PairModelSelection.Addition> list = entry.getValue().getOrDefault(type, List.of());
                if (t == null) {
                    row.append(" - |");
                } else {
                    int[] rw = PairModelSelection.added(list, t);
                    totals[v][0] += rw[0];
                    totals[v][1] += rw[1];
                    row.append(String.format(Locale.ROOT, " %.2f: %d / %d |", t, rw[0], rw[1]));
                }
                if ((t != null) != in) {
                    flips++;
                    // what the type in or out moves: its additions in the variant where it is in
                    int[] rw = PairModelSelection.added(t != null ? list
                            : oof.get("base").getOrDefault(type, List.of()), t != null ? t : chosen.get("base").get(type));
                    swing[0] += rw[0];
                    swing[1] += rw[1];
                }
                v++;
            }
            report.append(row).append('\n');
        }
        List<String> sums = new ArrayList<>();
        for (int[] t : totals) {
            sums.add(t[0] + " / " + t[1]);
        }
        report.append("| all | ").append(String.join(" | ", sums))
                .append(" |\n\nTypes in or out against the base, summed over variants: ")
                .append(flips).append(", their out-of-fold additions right / wrong ").append(swing[0]).append(" / ")
                .append(swing[1]).append('\n');
    }
}
