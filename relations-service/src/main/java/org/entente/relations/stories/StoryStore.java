package org.entente.relations.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.relations.domain.Nation;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Nations;
import org.entente.relations.domain.StoryParameters;
import org.entente.relations.domain.TieScorer;

/**
 * Reads and writes stories ({@code story}, {@code story_report}) on the caller's connection, inside the
 * transaction that holds the pair's tie lock: one consumer at a time changes a pair's stories.
 */
@ApplicationScoped
public class StoryStore {

    private static final String LOAD = "select " + StoryReports.COLUMNS + " from story_report r "
            + "join event_log e on e.id = r.event_id where r.story_id in (select n.story_id from event_log x "
            + "join story_report n on n.event_id = x.id where x.pair_first = ? and x.pair_second = ? "
            + "and x.event_time between ? and ?)";
    private static final String DELETE = "delete from story where id = any (?)";
    private static final String UPSERT_STORY = "insert into story (id, pair_first, pair_second, type, modality, "
            + "source, target, lead_event_id, first_reported_at, last_reported_at, outlet_count, report_count, "
            + "outlets, weight, corroboration) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (id) do update set type = excluded.type, modality = excluded.modality, "
            + "source = excluded.source, target = excluded.target, lead_event_id = excluded.lead_event_id, "
            + "first_reported_at = excluded.first_reported_at, last_reported_at = excluded.last_reported_at, "
            + "outlet_count = excluded.outlet_count, report_count = excluded.report_count, outlets = excluded.outlets, "
            + "weight = excluded.weight, corroboration = excluded.corroboration";
    private static final String UPSERT_REPORT = "insert into story_report (event_id, story_id, outlet) "
            + "values (?, ?, ?) on conflict (event_id) do update set story_id = excluded.story_id";
    private static final int BATCH = 1000;

    private final ContentWords words;

    public StoryStore(Nations nations) {
        this.words = ContentWords.withNationNames(nations.all().stream().map(Nation::name).toList());
    }

    public StoryReports reports(TieScorer scorer) {
        return new StoryReports(scorer, words);
    }

    /**
     * The stored stories of {@code pair} that one of the new reports may join: every story with a report
     * within the widest window of the new reports' times, whole.
     */
    public PairStories load(Connection c, NationPair pair, Collection<StoryReport> fresh, StoryReports reports,
            StoryParameters parameters) throws SQLException {
        StoryClustering clustering = new StoryClustering(parameters);
        Instant earliest = null;
        Instant latest = null;
        for (StoryReport r : fresh) {
            earliest = earliest == null || r.eventTime().isBefore(earliest) ? r.eventTime() : earliest;
            latest = latest == null || r.eventTime().isAfter(latest) ? r.eventTime() : latest;
        }
        if (earliest != null) {
            long window = parameters.maxWindowMillis();
            List<StoryReport> stored = new ArrayList<>();
            try (PreparedStatement load = c.prepareStatement(LOAD)) {
                load.setString(1, pair.first());
                load.setString(2, pair.second());
                load.setObject(3, utc(earliest.minusMillis(window)), Types.TIMESTAMP_WITH_TIMEZONE);
                load.setObject(4, utc(latest.plusMillis(window)), Types.TIMESTAMP_WITH_TIMEZONE);
                try (ResultSet rs = load.executeQuery()) {
                    while (rs.next()) {
                        stored.add(reports.of(rs));
                    }
                }
            }
            // Stored stories are whole components: adding their reports again gives the same stories.
            clustering.addAll(stored);
        }
        return new PairStories(pair, clustering);
    }

    /** Writes what the batch changed: stories merged away are deleted, the others upserted with their reports. */
    public void write(Connection c, PairStories stories) throws SQLException {
        if (!stories.replacedIds().isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement(DELETE)) {
                delete.setArray(1, c.createArrayOf("varchar", stories.replacedIds().toArray()));
                delete.executeUpdate();
            }
        }
        insert(c, stories.pair(), stories.changedStories(), UPSERT_STORY, UPSERT_REPORT);
    }

    /** For the recompute, after clearing both tables. */
    public static void insert(Connection c, NationPair pair, Iterable<Story> stories) throws SQLException {
        insert(c, pair, stories, UPSERT_STORY, UPSERT_REPORT);
    }

    private static void insert(Connection c, NationPair pair, Iterable<Story> stories, String storySql,
            String reportSql) throws SQLException {
        try (PreparedStatement story = c.prepareStatement(storySql);
                PreparedStatement report = c.prepareStatement(reportSql)) {
            int pendingStories = 0;
            int pendingReports = 0;
            for (Story s : stories) {
                bind(story, pair, s);
                story.addBatch();
                if (++pendingStories >= BATCH) {
                    story.executeBatch();
                    pendingStories = 0;
                }
                for (StoryReport r : s.reports()) {
                    report.setString(1, r.eventId());
                    report.setString(2, s.id());
                    report.setString(3, r.outlet());
                    report.addBatch();
                    if (++pendingReports >= BATCH) {
                        report.executeBatch();
                        pendingReports = 0;
                    }
                }
            }
            story.executeBatch();
            report.executeBatch();
        }
    }

    private static void bind(PreparedStatement story, NationPair pair, Story s) throws SQLException {
        StoryReport lead = s.lead();
        story.setString(1, s.id());
        story.setString(2, pair.first());
        story.setString(3, pair.second());
        story.setString(4, lead.type().name());
        story.setString(5, lead.modality());
        story.setString(6, lead.source());
        story.setString(7, lead.target());
        story.setString(8, lead.eventId());
        story.setObject(9, utc(s.firstReportedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        story.setObject(10, utc(s.lastReportedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        story.setInt(11, s.outletCount());
        story.setInt(12, s.reportCount());
        story.setString(13, String.join(" ", s.outlets()));
        story.setDouble(14, s.weight());
        story.setDouble(15, s.corroboration());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
