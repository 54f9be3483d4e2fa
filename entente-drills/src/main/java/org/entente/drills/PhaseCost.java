package org.entente.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one phase of the bench cost nlp-service (all its processes): CPU per article and the methods the JIT
 * compiled meanwhile ({@code sun.ci.totalCompiles}). The warm-up runs in rounds so the table shows whether the
 * CPU an article still falls, i.e. whether the measured phase starts on compiled code.
 *
 * @param wallSeconds release of the phase's first article until its last event was applied
 */
public record PhaseCost(String phase, int articles, double wallSeconds, double nlpCpuSeconds, long nlpCompiles,
        double loadStart, double loadEnd) {

    public double cpuMillisPerArticle() {
        return articles == 0 ? Double.NaN : 1000 * nlpCpuSeconds / articles;
    }

    public double compilesPerArticle() {
        return articles == 0 ? Double.NaN : (double) nlpCompiles / articles;
    }

    /** Steady when the last warm-up round's CPU an article is within {@code tolerance} (0.1: 10 %) of the round before. */
    static boolean steady(List<PhaseCost> warmupRounds, double tolerance) {
        if (warmupRounds.size() < 2) {
            return false;
        }
        double last = warmupRounds.get(warmupRounds.size() - 1).cpuMillisPerArticle();
        double before = warmupRounds.get(warmupRounds.size() - 2).cpuMillisPerArticle();
        return last >= before * (1 - tolerance);
    }

    static List<String> markdown(List<PhaseCost> phases) {
        List<String> lines = new ArrayList<>();
        lines.add("## CPU and JIT by phase (nlp-service, all processes)");
        lines.add("");
        lines.add(
                "| phase | articles | release to applied | nlp-service CPU an article | methods JIT-compiled (an article) | load (1 min) |");
        lines.add("|---|---|---|---|---|---|");
        for (PhaseCost p : phases) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.0f ms | %d (%.1f) | %.1f to %.1f |", p.phase,
                    p.articles,
                    p.wallSeconds, p.cpuMillisPerArticle(), p.nlpCompiles, p.compilesPerArticle(), p.loadStart, p.loadEnd));
        }
        List<PhaseCost> rounds = phases.stream().filter(p -> p.phase.startsWith("warm-up")).toList();
        if (rounds.size() >= 2) {
            lines.add("");
            lines.add(steady(rounds, 0.1)
                    ? "The warm-up's last round cost within 10 % of the round before: the CPU an article had stopped falling."
                    : "The warm-up's last round still cost over 10 % less than the round before: the CPU an article was still "
                            + "falling when the measured phase began (more `--warmup` articles, or more `--warmup-rounds` to see where it levels).");
        }
        return lines;
    }
}
