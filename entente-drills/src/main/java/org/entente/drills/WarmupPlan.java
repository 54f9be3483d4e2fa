package org.entente.drills;

import java.util.List;
import java.util.Locale;

/**
 * How long the bench warms nlp-service up before it measures: rounds of {@code round} articles, at least
 * {@code least} articles, then on until the JIT's compiler threads used at most {@code quietShare} of nlp-service's CPU
 * in a round, never past {@code most}. The last session's bench stopped after 200 articles, when the CPU an article had
 * stopped falling by 10 % a round, yet the compiler still took 19 of the measured phase's 68 ms an article
 * (docs/reports/bench-2026-12-06-sp.md): a service up for minutes does not pay that.
 */
record WarmupPlan(int least, int most, int round, double quietShare) {

    WarmupPlan {
        if (round < 1 || least < 0 || most < least || quietShare < 0) {
            throw new IllegalArgumentException("warm-up: rounds of at least 1 article, 0 <= least <= most, quiet share >= 0");
        }
    }

    /** Whether the compiler was quiet in this round. */
    boolean quiet(PhaseCost round) {
        return round.jitShare() <= quietShare;
    }

    /** The size of the next round, or 0 when the warm-up is over after {@code rounds} ({@code warmed} articles). */
    int next(List<PhaseCost> rounds, int warmed) {
        boolean done = warmed >= least && !rounds.isEmpty() && quiet(rounds.get(rounds.size() - 1));
        return done || warmed >= most ? 0 : Math.min(round, most - warmed);
    }

    String verdict(List<PhaseCost> rounds) {
        PhaseCost last = rounds.get(rounds.size() - 1);
        int warmed = rounds.stream().mapToInt(PhaseCost::articles).sum();
        String share = String.format(Locale.ROOT, "%.1f %%", 100 * last.jitShare());
        String bound = String.format(Locale.ROOT, "%.0f %%", 100 * quietShare);
        return quiet(last)
                ? "The warm-up (" + warmed + " articles in " + rounds.size() + " rounds) ended when the JIT's compiler threads "
                        + "were quiet: " + share + " of nlp-service's CPU in its last round (at most " + bound + ")."
                : "The JIT's compiler threads were still busy when the warm-up ended at its most, " + warmed + " articles: "
                        + share + " of nlp-service's CPU in its last round (quiet: at most " + bound
                        + "); the measured phase still pays the compiler (`--warmup-max`).";
    }
}
