package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.ties.ActiveScoring;
import org.entente.relations.ties.EventApplier;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A batch reads back only the stored stories its new reports could join: reports link only within one type (and
 * modality and pair), so a pair's stories of other types stay unread however many the pair has in the window.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StoryLoadTest {

    @Inject
    DataSource dataSource;
    @Inject
    ActiveScoring scoring;
    @Inject
    EventApplier applier;
    @Inject
    StoryStore stories;

    @Test
    void aNewReportReadsTheStoriesOfItsTypeAndNotThoseOfThePairsOtherTypes() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        CheckedEvent agree = event("load-" + run + "-agree", "AGREE", at);
        CheckedEvent sanction = event("load-" + run + "-sanction", "SANCTION", at);
        assertThat(applier.applyAll(List.of(agree, sanction))).isEqualTo(2);

        TieScorer scorer = scoring.scorer();
        StoryReports reports = stories.reports(scorer);
        NationPair pair = NationPair.of("TUV", "WSM");
        StoryReport next = reports.of(event("load-" + run + "-sanction-again", "SANCTION", at.plusSeconds(60)));
        try (Connection c = dataSource.getConnection()) {
            PairStories loaded = stories.loadAll(c, Map.of(pair, List.of(next)), reports,
                    scorer.parameters().stories()).get(pair);
            String[] sanctionRow = row(c, sanction.id());
            String[] agreeRow = row(c, agree.id());
            assertThat(loaded.stillPlaced(sanction.id(), sanctionRow[0], sanctionRow[1]))
                    .as("the stored sanction, which the new one may join, is read").isTrue();
            assertThat(loaded.stillPlaced(agree.id(), agreeRow[0], agreeRow[1]))
                    .as("the stored agreement of the same pair and time is not read").isFalse();
        }
    }

    private static String[] row(Connection c, String eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select story_id, link_id from story_report where event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a story_report row for %s", eventId).isTrue();
                return new String[] { rs.getString(1), rs.getString(2) };
            }
        }
    }

    private static CheckedEvent event(String id, String type, Instant at) {
        return new CheckedEvent(id, "art-" + id, "https://news.example.org/" + id, "statements", 0,
                "The two governments reached an accord on fisheries and ports.", 0, 62, EventType.valueOf(type), null,
                "03", "TUV", "WSM", Modality.parse("asserted"), 0.9, "reached", at, at, "test");
    }
}
