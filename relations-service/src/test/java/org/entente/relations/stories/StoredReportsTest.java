package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.ScoringParameters;
import org.entente.relations.domain.TieScorer;
import org.junit.jupiter.api.Test;

class StoredReportsTest {

    private final TieScorer inForce = new TieScorer(ScoringParameters.defaults());

    @Test
    void aReportMadeUnderTheModelInForceIsTakenAgain() {
        StoredReports made = new StoredReports();
        StoryReport report = report("e-1");

        made.put(report, inForce);

        assertThat(made.get("e-1", inForce)).isSameAs(report);
        assertThat(made.get("e-2", inForce)).isNull();
    }

    @Test
    void aReportMadeUnderAnotherModelIsMadeAgain() {
        StoredReports made = new StoredReports();
        made.put(report("e-1"), inForce);

        // an admin recompute activates a new scorer: weights may differ
        assertThat(made.get("e-1", new TieScorer(ScoringParameters.defaults()))).isNull();
    }

    @Test
    void itNeverHoldsMoreThanItsBound() {
        StoredReports made = new StoredReports();
        for (int i = 0; i <= StoredReports.MAX_REPORTS; i++) {
            made.put(report("e-" + i), inForce);
        }

        assertThat(made.size()).isBetween(1, StoredReports.MAX_REPORTS);
        assertThat(made.get("e-" + StoredReports.MAX_REPORTS, inForce)).isNotNull();
    }

    private static StoryReport report(String id) {
        return new StoryReport(id, "art-" + id, "example.org", EventType.AGREE, "asserted", "FRA", "DEU", null, "03",
                Instant.parse("2026-11-30T10:00:00Z"), null, 1.0, Set.of("accord"));
    }
}
