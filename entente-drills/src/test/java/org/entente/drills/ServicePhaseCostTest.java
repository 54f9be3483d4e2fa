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
}
