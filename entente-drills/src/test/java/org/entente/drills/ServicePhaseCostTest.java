package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServicePhaseCostTest {

    @Test
    void theCodesOwnCostLeavesTheCompilerThreadsOut() {
        ServicePhaseCost relations = new ServicePhaseCost("measured", "relations-service", 400, 2579, 6.6, 2.2);

        assertThat(relations.cpuMillisPerArticle()).isCloseTo(16.5, within(1e-9));
        assertThat(relations.cpuMillisPerArticleWithoutJit()).isCloseTo(11.0, within(1e-9));
        assertThat(relations.cpuMillisPerEventWithoutJit()).isCloseTo(4400.0 / 2579, within(1e-9));
        assertThat(relations.jitShare()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void aPhaseWithoutCpuHasNoShareAndOneWithoutEventsNoCostAnEvent() {
        ServicePhaseCost idle = new ServicePhaseCost("freshness, 5.0/s", "ingest-service", 150, 0, 0, 0);

        assertThat(idle.jitShare()).isZero();
        assertThat(idle.cpuMillisPerEventWithoutJit()).isNaN();
    }

    @Test
    void theTableHasARowAPhaseAndService() {
        List<String> lines = ServicePhaseCost.markdown(List.of(
                new ServicePhaseCost("measured", "relations-service", 400, 2579, 6.6, 2.2),
                new ServicePhaseCost("measured", "ingest-service", 400, 2579, 1.9, 0.3)));

        assertThat(lines).hasSize(6);
        assertThat(lines.get(4))
                .isEqualTo("| measured | relations-service | 400 | 2579 | 16.5 ms | 5.5 ms (33 %) | 11.0 ms | 1.71 ms |");
        assertThat(lines.get(5))
                .isEqualTo("| measured | ingest-service | 400 | 2579 | 4.8 ms | 0.8 ms (16 %) | 4.0 ms | 0.62 ms |");
    }

    @Test
    void theBrokerAndPostgresRowsShowNoJitOfTheirOwn() {
        List<String> lines = ServicePhaseCost.markdown(List.of(
                new ServicePhaseCost("measured", ServicePhaseCost.POSTGRES, 400, 2579, 2.0, 0)));

        assertThat(lines.get(4))
                .isEqualTo("| measured | PostgreSQL (all processes but the bench's probes') | 400 | 2579 | 5.0 ms | — | 5.0 ms "
                        + "| 0.78 ms |");
    }

    @Test
    void theWholePlatformAddsEveryServiceTheBrokerAndPostgresOfAPhase() {
        List<PhaseCost> nlp = List.of(new PhaseCost("warm-up round 1", 50, 3, 2.0, 1.0, 100, 1, 1),
                new PhaseCost("measured", 400, 12, 12.0, 2.0, 300, 6, 6));
        List<ServicePhaseCost> others = List.of(
                new ServicePhaseCost("warm-up round 1", "relations-service", 50, 340, 1.0, 0.5),
                new ServicePhaseCost("measured", "relations-service", 400, 2579, 4.0, 1.0),
                new ServicePhaseCost("measured", "ingest-service", 400, 2579, 1.2, 0.2),
                new ServicePhaseCost("measured", ServicePhaseCost.BROKER, 400, 2579, 2.0, 0),
                new ServicePhaseCost("measured", ServicePhaseCost.POSTGRES, 400, 2579, 2.8, 0),
                // the bench's own count of event_log every half second: shown, not the platform's
                new ServicePhaseCost("measured", ServicePhaseCost.POSTGRES_PROBES, 400, 2579, 0.4, 0));

        List<String> lines = ServicePhaseCost.platformMarkdown(nlp, others);

        assertThat(lines).hasSize(6);
        // a phase without a row of a process counts it as nothing
        assertThat(lines.get(4)).isEqualTo(
                "| warm-up round 1 | 50 | 40.0 ms | 20.0 ms | 0.0 ms | 0.0 ms | 0.0 ms | **60.0 ms** | 3.0 s |");
        assertThat(lines.get(5)).isEqualTo(
                "| measured | 400 | 30.0 ms | 10.0 ms | 3.0 ms | 5.0 ms | 7.0 ms | **55.0 ms** | 22.0 s |");
    }
}
