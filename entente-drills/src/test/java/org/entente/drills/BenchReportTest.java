package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final BenchReport.Baseline BASELINE = BenchReport.Baseline
            .parse("baseline articles=400 tokens=68000 lean_seconds=8.000 extractor_seconds=10.000 events=900"
                    + " lean_cpu_seconds=6.000 extractor_cpu_seconds=7.500");

    private static BenchReport report(double appliedSeconds, Map<String, Double> cpu, Map<String, Long> perNlp) {
        BenchReport.Run run = new BenchReport.Run(400, 1200, 10, 30, appliedSeconds, 2, perNlp.size(), 2, 120, 40, 7, 200);
        Map<BenchReport.Stage, Double> stages = new LinkedHashMap<>();
        stages.put(BenchReport.Stage.POLL, 1.5);
        stages.put(BenchReport.Stage.EXTRACT, 44.0);
        return new BenchReport(run, BASELINE, cpu, Map.of(DrillStack.NLP, 600.0), stages, perNlp,
                new BenchReport.Load(3.5, 9.25, 7.0, 2.0, 2.5), List.of());
    }

    private static BenchReport report(double appliedSeconds) {
        return report(appliedSeconds, Map.of(DrillStack.NLP, 50.0), Map.of(DrillStack.NLP, 400L));
    }

    @Test
    void saysWhetherTheServicesWereWarm() {
        assertThat(report(20).markdown()).contains("warm-up of 200 other articles").doesNotContain("No warm-up");
    }

    @Test
    void takesTheWarmUpOffTheMeasuredTotals() {
        Bench.Counters warm = new Bench.Counters(200, 200, 610, Map.of(BenchReport.Stage.EXTRACT, 30.0),
                Map.of(DrillStack.NLP, 200L));
        Bench.Counters end = new Bench.Counters(600, 600, 1800, Map.of(BenchReport.Stage.EXTRACT, 75.5),
                Map.of(DrillStack.NLP, 600L));
        Bench.Counters run = end.minus(warm);
        assertThat(run.articles()).isEqualTo(400);
        assertThat(run.extracted()).isEqualTo(400.0);
        assertThat(run.events()).isEqualTo(1190);
        assertThat(run.stages()).containsExactly(Map.entry(BenchReport.Stage.EXTRACT, 45.5));
        assertThat(run.perNlp()).containsExactly(Map.entry(DrillStack.NLP, 400L));
        assertThat(end.minus(Bench.Counters.zero())).isEqualTo(end);
    }

    @Test
    void readsTheBaselineLine() {
        assertThat(BASELINE).isEqualTo(new BenchReport.Baseline(400, 68000, 8.0, 10.0, 6.0, 7.5));
        assertThat(BASELINE.cpuRatio()).isEqualTo(0.8);
        assertThat(BenchReport.Baseline.parse("baseline articles=1 tokens=2 lean_seconds=1 extractor_seconds=2 events=0")
                .leanCpuSeconds()).as("an older baseline line").isNaN();
        assertThat(BASELINE.leanArticlesPerSecond()).isEqualTo(50.0);
        assertThat(BASELINE.extractorArticlesPerSecond()).isEqualTo(40.0);
    }

    @Test
    void ratiosAreArticlesPerSecondOverLeanCoreNlp() {
        BenchReport report = report(32);
        assertThat(report.endToEndArticlesPerSecond()).isEqualTo(12.5);
        assertThat(report.endToEndRatio()).isEqualTo(0.25);
        assertThat(report.extractorRatio()).isEqualTo(0.8);
        assertThat(report.nlpCpuMillisPerArticle()).isCloseTo(125.0, within(1e-9));
        assertThat(report.extractorMillisPerArticle()).as("the thread's CPU, 7.5 s for 400").isCloseTo(18.75, within(1e-9));
    }

    @Test
    void theCpuOfEveryNlpProcessCounts() {
        Map<String, Double> cpu = Map.of(DrillStack.NLP, 30.0, DrillStack.NLP + "-2", 20.0, DrillStack.RELATIONS, 9.0);
        Map<String, Long> perNlp = new LinkedHashMap<>();
        perNlp.put(DrillStack.NLP, 230L);
        perNlp.put(DrillStack.NLP + "-2", 170L);
        BenchReport report = report(32, cpu, perNlp);
        assertThat(report.serviceCpuSeconds(DrillStack.NLP)).isEqualTo(50.0);
        assertThat(report.nlpCpuMillisPerArticle()).isCloseTo(125.0, within(1e-9));
        assertThat(report.markdown()).contains("2 nlp-service processes").contains("{nlp-service=230, nlp-service-2=170}")
                .contains("| nlp-service-2 | | | 20.0 s |");
    }

    @Test
    void theMarkdownShowsTheRatiosStagesAndLoad() {
        String markdown = report(8).markdown();
        assertThat(markdown).contains("**50.0 articles/s** (8.0 s) | 3.5 to 7.0 (max 9.3) |").contains("| **1.00** |")
                .contains("| 0.80 |").contains("by the thread's CPU time (6.0 s / 7.5 s) | 0.80 |").contains("68000 tokens")
                .contains("8500 tokens/s").contains("| 125 ms / 19 ms |")
                .contains(
                        "platform phase 3.5 at the release, 9.3 at most, 7.0 at the end; baseline phase 2.0 at its start, 2.5 at its end")
                .contains("| poll: fetch and parse the feeds (ingest-service) | — | 1.5 s |")
                .contains("| extract (CoreNLP and the rules) (nlp-service) | — | 44.0 s |")
                .contains("40 (`events`; 7 when nlp-service was done)");
    }

    @Test
    void saysWhetherApplyingKeptUp() {
        assertThat(report(31).markdown()).contains("trailed extraction by 1.0 s: relations-service kept up");
        assertThat(report(60).markdown()).contains("trailed extraction by 30.0 s: relations-service fell behind");
    }
}
