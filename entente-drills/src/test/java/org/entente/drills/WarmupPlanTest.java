package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WarmupPlanTest {

    private final WarmupPlan plan = new WarmupPlan(200, 1000, 50, 0.05);

    /** A round of 50 articles: nlp-service used {@code cpu} seconds, its compiler threads {@code jit} of them. */
    private static PhaseCost round(int r, double cpu, double jit) {
        return new PhaseCost("warm-up round " + r, 50, 5, cpu, jit, 100, 1, 1);
    }

    @Test
    void warmsUpAtLeastTheLeastEvenWhenTheCompilerIsQuietEarly() {
        List<PhaseCost> rounds = new ArrayList<>(List.of(round(1, 4.0, 0.1)));
        assertThat(plan.next(rounds, 50)).isEqualTo(50);
        rounds.addAll(List.of(round(2, 4.0, 0.1), round(3, 4.0, 0.1)));
        assertThat(plan.next(rounds, 150)).isEqualTo(50);
        rounds.add(round(4, 4.0, 0.1));
        assertThat(plan.next(rounds, 200)).isZero();
        assertThat(plan.verdict(rounds)).contains("ended when the JIT's compiler threads were quiet: 2.5 %")
                .contains("200 articles in 4 rounds");
    }

    @Test
    void goesOnWhileTheCompilerThreadsTakeMoreThanTheQuietShare() {
        // the last session's measured phase: 19 of 68 ms an article in the compiler threads
        List<PhaseCost> rounds = new ArrayList<>();
        for (int r = 1; r <= 4; r++) {
            rounds.add(round(r, 3.4, 0.95));
        }
        assertThat(plan.next(rounds, 200)).isEqualTo(50);
        rounds.add(round(5, 3.4, 0.17));
        assertThat(plan.quiet(rounds.get(4))).isTrue();
        assertThat(plan.next(rounds, 250)).isZero();
    }

    @Test
    void stopsAtTheMostAndSaysTheCompilerWasStillBusy() {
        List<PhaseCost> rounds = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            rounds.add(round(r, 3.4, 0.5));
        }
        assertThat(plan.next(rounds.subList(0, 19), 980)).isEqualTo(20);
        assertThat(plan.next(rounds, 1000)).isZero();
        assertThat(plan.verdict(rounds)).contains("still busy").contains("1000 articles").contains("14.7 %");
    }

    @Test
    void noWarmUpAtAll() {
        assertThat(new WarmupPlan(0, 0, 1, 0).next(List.of(), 0)).isZero();
    }

    @Test
    void theTableShowsTheCompilerThreadsShareAndTheCpuWithoutThem() {
        PhaseCost measured = new PhaseCost("measured", 400, 29.4, 27.2, 7.6, 2148, 5.8, 7.5);
        assertThat(measured.cpuMillisPerArticle()).isCloseTo(68.0, within(1e-9));
        assertThat(measured.jitMillisPerArticle()).isCloseTo(19.0, within(1e-9));
        assertThat(measured.cpuMillisPerArticleWithoutJit()).isCloseTo(49.0, within(1e-9));
        assertThat(String.join("\n", PhaseCost.markdown(List.of(round(1, 4.0, 0.1), measured), plan)))
                .contains("| measured | 400 | 29.4 s | 68 ms | 19.0 ms (28 %) | 49 ms | 2148 (5.4) | 5.8 to 7.5 |")
                .contains("were quiet");
    }
}
