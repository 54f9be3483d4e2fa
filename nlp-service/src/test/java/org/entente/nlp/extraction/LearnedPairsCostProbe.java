package org.entente.nlp.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * What the learned pass costs: this thread's CPU time for extracting the first blind set's dev half with the committed
 * model and with no pass, in alternating rounds after a warm-up (thread CPU time, so other processes' load moves it
 * little). Skipped unless {@code -Dprobe.cost=true}.
 */
class LearnedPairsCostProbe {

    /** More with {@code -Dprobe.rounds=N} on a busy machine, where three rounds differ by several points. */
    private static final int ROUNDS = Integer.getInteger("probe.rounds", 3);

    @Test
    void print() {
        assumeTrue(Boolean.getBoolean("probe.cost"), "no -Dprobe.cost=true");
        List<LabeledSentence> sentences = OwnTestSet.resource(OwnTestSet.BLIND_DEV, "dev");
        ArticleExtractor withPass = ArticleExtractor.create();
        ArticleExtractor rulesAlone = ArticleExtractor.create(LearnedPairs.none());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        run(withPass, sentences);
        run(rulesAlone, sentences);
        long with = 0;
        long without = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            run(withPass, sentences);
            long middle = cpu.getCurrentThreadCpuTime();
            run(rulesAlone, sentences);
            long end = cpu.getCurrentThreadCpuTime();
            with += middle - start;
            without += end - middle;
        }
        System.out.printf(Locale.ROOT, "COST %d sentences x %d rounds: with the pass %.2f s CPU, without %.2f s; +%.1f %%%n",
                sentences.size(), ROUNDS, with / 1e9, without / 1e9, 100.0 * (with - without) / without);
    }

    private static void run(ArticleExtractor extractor, List<LabeledSentence> sentences) {
        sentences.forEach(s -> extractor.extract(s.text(), s.date()));
    }
}
