package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WarmupPlanTest {

    private final WarmupPlan plan = new WarmupPlan(200, 1000, 50, 0.05, 2);

    /** A round of 50 articles: nlp-service used {@code cpu} seconds, its compiler threads {@code jit} of them. */
    private static PhaseCost round(int r, double cpu, double jit) {
        return new PhaseCost("warm-up round " + r, 50, 5, cpu, jit, 100, 1, 1);
    }

    /** The round as the plan reads it: nlp-service's share, and relations-service's from its CPU and compiler's. */
    private static WarmupRound judged(int r, double nlpCpu, double nlpJit, double relationsCpu, double relationsJit) {
        PhaseCost nlp = round(r, nlpCpu, nlpJit);
        List<ServicePhaseCost> others = List.of(
                new ServicePhaseCost(nlp.phase(), DrillStack.RELATIONS, 50, 350, relationsCpu, relationsJit),
                new ServicePhaseCost(nlp.phase(), ServicePhaseCost.POSTGRES, 50, 350, 0.5, 0),
                new ServicePhaseCost("warm-up round " + (r + 1), DrillStack.INGEST, 50, 350, 1.0, 0.9));
        return WarmupRound.of(nlp, others);
    }

    private static WarmupRound quiet(int r) {
        return judged(r, 4.0, 0.1, 1.0, 0.02);
    }

    @Test
    void readsEveryServiceOfItsOwnRoundAndNoInfrastructure() {
        WarmupRound r = judged(3, 4.0, 0.1, 1.0, 0.5);
        assertThat(r.jitShares()).containsOnlyKeys(DrillStack.NLP, DrillStack.RELATIONS);
        assertThat(r.jitShares().get(DrillStack.NLP)).isCloseTo(0.025, within(1e-9));
        assertThat(r.busy(0.05)).containsExactly(DrillStack.RELATIONS);
    }

    @Test
    void warmsUpAtLeastTheLeastEvenWhenTheCompilerIsQuietEarly() {
        List<WarmupRound> rounds = new ArrayList<>(List.of(quiet(1), quiet(2)));
        assertThat(plan.next(rounds, 100)).isEqualTo(50);
        rounds.add(quiet(3));
        assertThat(plan.next(rounds, 150)).isEqualTo(50);
        rounds.add(quiet(4));
        assertThat(plan.next(rounds, 200)).isZero();
        assertThat(plan.verdict(rounds)).contains("200 articles in 4 rounds").contains("every service were quiet")
                .contains("nlp-service 2.5 %").contains("relations-service 2.0 %");
    }

    @Test
    void oneQuietRoundAfterBusyOnesIsNotEnough() {
        // session 21: 29 % of nlp-service's CPU in a round, 1 % in the next, 24 % in the measured phase
        List<WarmupRound> rounds = new ArrayList<>();
        for (int r = 1; r <= 4; r++) {
            rounds.add(judged(r, 3.4, 0.95, 1.0, 0.02));
        }
        assertThat(plan.next(rounds, 200)).isEqualTo(50);
        rounds.add(quiet(5));
        assertThat(plan.quiet(rounds.get(4))).isTrue();
        assertThat(plan.next(rounds, 250)).isEqualTo(50);
        rounds.add(quiet(6));
        assertThat(plan.next(rounds, 300)).isZero();
    }

    @Test
    void goesOnWhileAnyServiceCompilesThoughNlpServiceIsQuiet() {
        List<WarmupRound> rounds = new ArrayList<>();
        for (int r = 1; r <= 6; r++) {
            rounds.add(judged(r, 4.0, 0.1, 1.0, 0.5));
        }
        assertThat(plan.quiet(rounds.get(5))).isFalse();
        assertThat(plan.next(rounds, 300)).isEqualTo(50);
    }

    @Test
    void givesUpAtTheMostAndSaysWhichServiceStillCompiles() {
        List<WarmupRound> rounds = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            rounds.add(judged(r, 3.4, 0.05, 1.0, 0.4));
        }
        assertThat(plan.next(rounds.subList(0, 19), 980)).isEqualTo(20);
        assertThat(plan.next(rounds, 1000)).isZero();
        assertThat(plan.verdict(rounds)).contains("gave up").contains("1000 articles")
                .contains("relations-service 40.0 %").contains("still compiling: relations-service")
                .doesNotContain("still compiling: nlp-service");
    }

    @Test
    void noWarmUpAtAll() {
        assertThat(new WarmupPlan(0, 0, 1, 0, 1).next(List.of(), 0)).isZero();
    }

    @Test
    void theTableShowsTheCompilerThreadsShareAndTheCpuWithoutThem() {
        PhaseCost measured = new PhaseCost("measured", 400, 29.4, 27.2, 7.6, 2148, 5.8, 7.5);
        assertThat(measured.cpuMillisPerArticle()).isCloseTo(68.0, within(1e-9));
        assertThat(measured.jitMillisPerArticle()).isCloseTo(19.0, within(1e-9));
        assertThat(measured.cpuMillisPerArticleWithoutJit()).isCloseTo(49.0, within(1e-9));
        assertThat(String.join("\n", PhaseCost.markdown(List.of(round(1, 4.0, 0.1), measured), "the verdict")))
                .contains("| measured | 400 | 29.4 s | 68 ms | 19.0 ms (28 %) | 49 ms | 2148 (5.4) | 5.8 to 7.5 |")
                .contains("the verdict");
    }
}
