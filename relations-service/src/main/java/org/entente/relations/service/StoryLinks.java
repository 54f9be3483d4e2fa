package org.entente.relations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Which story event each listed event reports, and how many reports that story has. */
@ApplicationScoped
public class StoryLinks {

    private static final String READ = "select r.event_id, s.id, s.report_count from story_report r "
            + "join story s on s.id = r.story_id where r.event_id = any (?)";

    public record Link(String storyId, int reportCount) {
    }

    private final DataSource dataSource;

    public StoryLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The events with their story filled in (an event not yet clustered keeps nulls). */
    public List<Views.Evidence> attach(List<Views.Evidence> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Link> links = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(READ)) {
            read.setArray(1, c.createArrayOf("varchar", events.stream().map(Views.Evidence::id).toArray()));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    links.put(rs.getString(1), new Link(rs.getString(2), rs.getInt(3)));
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
