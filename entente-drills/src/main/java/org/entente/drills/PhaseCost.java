package org.entente.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one phase of the bench cost nlp-service (all its processes): CPU per article, the part of it its JIT compiler
 * threads used, and the methods the JIT compiled meanwhile ({@code sun.ci.totalCompiles}). The warm-up runs in rounds
 * until the compiler is quiet (WarmupPlan), so the measured phase runs compiled code.
 *
 * @param wallSeconds release of the phase's first article until its last event was applied
 * @param jitCpuSeconds CPU of the compiler threads ({@code C1/C2 CompilerThread}), part of {@code nlpCpuSeconds}
 */
public record PhaseCost(String phase, int articles, double wallSeconds, double nlpCpuSeconds, double jitCpuSeconds,
        long nlpCompiles, double loadStart, double loadEnd) {

    public double cpuMillisPerArticle() {
        return articles == 0 ? Double.NaN : 1000 * nlpCpuSeconds / articles;
    }

    public double jitMillisPerArticle() {
        return articles == 0 ? Double.NaN : 1000 * jitCpuSeconds / articles;
    }

    /** nlp-service's CPU an article without its compiler threads': what the service costs once the JIT is done. */
    public double cpuMillisPerArticleWithoutJit() {
        return cpuMillisPerArticle() - jitMillisPerArticle();
    }

    /** The compiler threads' share of nlp-service's CPU in this phase (0 when it used none). */
    public double jitShare() {
        return nlpCpuSeconds <= 0 ? 0 : jitCpuSeconds / nlpCpuSeconds;
    }

    public double compilesPerArticle() {
        return articles == 0 ? Double.NaN : (double) nlpCompiles / articles;
    }

    /** @param warmup how the warm-up ended ({@link WarmupPlan#verdict}), or null when there was none */
    static List<String> markdown(List<PhaseCost> phases, String warmup) {
        List<String> lines = new ArrayList<>();
        lines.add("## CPU and JIT by phase (nlp-service, all processes)");
        lines.add("");
        lines.add("| phase | articles | release to applied | nlp-service CPU an article | of which the JIT's compiler threads "
                + "| without them | methods JIT-compiled (an article) | load (1 min) |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (PhaseCost p : phases) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.0f ms | %.1f ms (%.0f %%) | %.0f ms | %d (%.1f) "
                    + "| %.1f to %.1f |", p.phase, p.articles, p.wallSeconds, p.cpuMillisPerArticle(),
                    p.jitMillisPerArticle(), 100 * p.jitShare(), p.cpuMillisPerArticleWithoutJit(), p.nlpCompiles,
                    p.compilesPerArticle(), p.loadStart, p.loadEnd));
        }
        if (warmup != null) {
            lines.add("");
            lines.add(warmup);
        }
        return lines;
    }
}
