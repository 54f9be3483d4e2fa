package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformRequestsTest {

    @Test
    void aPhaseCountsWhatWasAskedSinceItsStartAndLeavesOutRequestTypesNotAsked() {
        PlatformRequests.Counters start = new PlatformRequests.Counters(
                Map.of("Produce", 100L, "Fetch", 1000L, "Metadata", 7L), 50, 400, 9000);
        PlatformRequests.Counters end = new PlatformRequests.Counters(
                Map.of("Produce", 900L, "Fetch", 3000L, "Metadata", 7L, "OffsetCommit", 400L), 850, 6400, 29000);
        PlatformRequests phase = end.since(start, "measured", 400);
        assertThat(phase.requests()).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("Fetch", 2000L, "OffsetCommit", 400L, "Produce", 800L)));
        assertThat(phase.transactions()).isEqualTo(800);
        assertThat(phase.rowsWritten()).isEqualTo(6000);
        assertThat(phase.rowsRead()).isEqualTo(20000);
    }

    @Test
    void theTableGivesEachFigureAnArticleTheBusiestRequestsFirst() {
        PlatformRequests phase = new PlatformRequests("measured", 400, Map.of("Fetch", 2000L, "OffsetCommit", 400L,
                "Produce", 800L), 800, 6000, 20000);
        assertThat(String.join("\n", PlatformRequests.markdown(List.of(phase))))
                .contains("| measured | 400 | 2.0 | 15.0 | 50 | 8.0 | Fetch 5.0, Produce 2.0, OffsetCommit 1.0 |");
    }

    @Test
    void withoutABrokerInThisJvmThereAreNoRequestsToCount() {
        assertThat(PlatformRequests.brokerRequests()).isEmpty();
    }
}
