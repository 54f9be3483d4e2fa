package org.entente.relations.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.relations.domain.TieScorer;
import org.entente.relations.ties.ActiveScoring;

/** Which story event each listed event reports, and how many reports that story has. */
@ApplicationScoped
public class StoryLinks {

    private static final String READ = "select r.event_id, s.id, s.report_count, s.lead_event_id, s.weight, "
            + "s.corroboration, s.first_reported_at from story_report r "
            + "join story s on s.id = r.story_id where r.event_id = any (?)";

    /** @param storyContribution weight × corroboration decayed to now, as GET /stories gives it */
    public record Link(String storyId, int reportCount, String leadEventId, double storyContribution) {
    }

    private final DataSource dataSource;
    private final ActiveScoring scoring;

    public StoryLinks(DataSource dataSource, ActiveScoring scoring) {
        this.dataSource = dataSource;
        this.scoring = scoring;
    }

    /** The events with their story filled in (an event not yet clustered keeps nulls). */
    public List<Views.Evidence> attach(List<Views.Evidence> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Link> links = new HashMap<>();
        TieScorer scorer = scoring.scorer();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(READ)) {
            read.setArray(1, c.createArrayOf("varchar", events.stream().map(Views.Evidence::id).toArray()));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Instant first = rs.getObject(7, OffsetDateTime.class).toInstant();
                    double contribution = rs.getDouble(5) * rs.getDouble(6) * scorer.decay(first, now);
                    links.put(rs.getString(1), new Link(rs.getString(2), rs.getInt(3), rs.getString(4),
                            Math.round(contribution * 1000.0) / 1000.0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stories of " + events.size() + " events", e);
        }
        List<Views.Evidence> linked = new ArrayList<>(events.size());
        for (Views.Evidence e : events) {
            linked.add(e.withStory(links.get(e.id())));
        }
        return List.copyOf(linked);
    }
}
