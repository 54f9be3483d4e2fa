package org.entente.drills;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long the bench warms the services up before it measures: rounds of {@code round} articles, at least
 * {@code least} articles, then on until, in {@code quietRounds} rounds in a row, the JIT's compiler threads of every
 * service (nlp-service, relations-service, ingest-service) used at most {@code quietShare} of that service's CPU, never
 * past {@code most}. One quiet round of nlp-service alone was not enough: session 21's last bench stopped after a round
 * at 1 % that followed one at 29 %, and the measured phase then spent 24 % of nlp-service's CPU and 34 % of
 * relations-service's in the compiler (docs/reports/bench-2026-12-06-lead21.md).
 */
record WarmupPlan(int least, int most, int round, double quietShare, int quietRounds) {

    WarmupPlan {
        if (round < 1 || least < 0 || most < least || quietShare < 0 || quietRounds < 1) {
            throw new IllegalArgumentException(
                    "warm-up: rounds of at least 1 article, 0 <= least <= most, quiet share >= 0, at least 1 quiet round");
        }
    }

    /** Whether every service's compiler was quiet in this round. */
    boolean quiet(WarmupRound round) {
        return round.busy(quietShare).isEmpty();
    }

    /** Whether the last {@link #quietRounds} rounds were all quiet. */
    boolean settled(List<WarmupRound> rounds) {
        if (rounds.size() < quietRounds) {
            return false;
        }
        return rounds.subList(rounds.size() - quietRounds, rounds.size()).stream().allMatch(this::quiet);
    }

    /** The size of the next round, or 0 when the warm-up is over after {@code rounds} ({@code warmed} articles). */
    int next(List<WarmupRound> rounds, int warmed) {
        boolean done = warmed >= least && settled(rounds);
        return done || warmed >= most ? 0 : Math.min(round, most - warmed);
    }

    String verdict(List<WarmupRound> rounds) {
        WarmupRound last = rounds.get(rounds.size() - 1);
        int warmed = rounds.stream().mapToInt(WarmupRound::articles).sum();
        String shares = last.jitShares().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100 * e.getValue()))
                .collect(Collectors.joining(", "));
        String bound = String.format(Locale.ROOT, "%.0f %%", 100 * quietShare);
        String inARow = quietRounds == 1 ? "a round" : quietRounds + " rounds in a row";
        if (settled(rounds)) {
            return "The warm-up (" + warmed + " articles in " + rounds.size() + " rounds) ended when the JIT's compiler "
                    + "threads of every service were quiet (at most " + bound + " of its CPU, " + inARow + "); the last "
                    + "round: " + shares + ".";
        }
        List<String> busy = last.busy(quietShare);
        return "The warm-up gave up at its most, " + warmed + " articles (`--warmup-max`), with the JIT's compiler "
                + "threads not quiet (at most " + bound + " of a service's CPU, " + inARow + "): in the last round "
                + shares + (busy.isEmpty() ? "" : "; still compiling: " + String.join(", ", busy))
                + ". The measured phase still pays the compiler.";
    }
}
