package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final BenchReport.Baseline BASELINE =
        BenchReport.Baseline.parse("baseline articles=400 tokens=68000 lean_seconds=8.000 extractor_seconds=10.000 events=900");

    private static BenchReport report(double appliedSeconds) {
        return new BenchReport(400, 1200, 10, 30, appliedSeconds, Map.of(DrillStack.NLP, 50.0),
            Map.of(DrillStack.NLP, 600.0), Map.of("nlp-service", 120L), BASELINE, 40, 2, 2, List.of());
    }

    @Test
    void readsTheBaselineLine() {
        assertThat(BASELINE).isEqualTo(new BenchReport.Baseline(400, 68000, 8.0, 10.0));
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
        assertThat(report.extractorMillisPerArticle()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void theMarkdownShowsTheRatios() {
        String markdown = report(8).markdown();
        assertThat(markdown).contains("**50.0 articles/s** (8.0 s)").contains("| **1.00** |").contains("| 0.80 |")
            .contains("68000 tokens").contains("8500 tokens/s").contains("| 125 ms / 25 ms |");
    }
}
