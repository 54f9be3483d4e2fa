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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.relations.domain.EventType;
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

    /**
     * The stored stories of several pairs that one of their new reports may join or change: every component (reports
     * linked directly or through others, {@link StoryClustering#linkId}) with a report within the widest window of its
     * pair's new reports' times, or of an ongoing act's type within the reach of its mentions
     * ({@link StoryClustering#reachMillis}), whole. A component's reports are all of its pair, so each row's event names
     * the pair it was loaded for. Only components of the new reports' types: reports link only within one key (type,
     * modality, pair), so a component of another type cannot change, and a pair's other types made the load grow with
     * the pair's whole history in the window (docs/reports/bench-2026-12-07-tp5.md).
     */
    private static final String LOAD_PAIRS = "select e.pair_first, e.pair_second, r.story_id, r.link_id, "
            + StoryReports.COLUMNS
            + " from story_report r join event_log e on e.id = r.event_id where r.link_id in (select n.link_id "
            + "from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as timestamptz[]), "
            + "cast(? as timestamptz[]), cast(? as timestamptz[]), cast(? as timestamptz[])) as w (f, s, t, lo, hi, "
            + "reach_lo, reach_hi) join event_log x on x.pair_first = w.f and x.pair_second = w.s and x.type = w.t "
            + "and x.event_time between w.reach_lo and w.reach_hi "
            + "and (x.event_time between w.lo and w.hi or x.type = any (cast(? as varchar[]))) "
            + "join story_report n on n.event_id = x.id)";
    private static final String DELETE = "delete from story where id = any (?)";
    private static final String UPSERT_STORY = "insert into story (id, pair_first, pair_second, type, modality, "
            + "source, target, lead_event_id, first_reported_at, last_reported_at, outlet_count, report_count, "
            + "outlets, weight, corroboration) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (id) do update set type = excluded.type, modality = excluded.modality, "
            + "source = excluded.source, target = excluded.target, lead_event_id = excluded.lead_event_id, "
            + "first_reported_at = excluded.first_reported_at, last_reported_at = excluded.last_reported_at, "
            + "outlet_count = excluded.outlet_count, report_count = excluded.report_count, outlets = excluded.outlets, "
            + "weight = excluded.weight, corroboration = excluded.corroboration "
            // a story of a component the batch touched is written again as it is, most often unchanged: an update
            // that changes nothing still writes a row version, its index entries and WAL (bench-2026-12-07-tp4.md)
            + "where (story.pair_first, story.pair_second, story.type, story.modality, story.source, story.target, "
            + "story.lead_event_id, story.first_reported_at, story.last_reported_at, story.outlet_count, "
            + "story.report_count, story.outlets, story.weight, story.corroboration) is distinct from "
            + "(excluded.pair_first, excluded.pair_second, excluded.type, excluded.modality, excluded.source, "
            + "excluded.target, excluded.lead_event_id, excluded.first_reported_at, excluded.last_reported_at, "
            + "excluded.outlet_count, excluded.report_count, excluded.outlets, excluded.weight, excluded.corroboration)";
    private static final String UPSERT_REPORT = "insert into story_report (event_id, story_id, outlet, link_id) "
            + "values (?, ?, ?, ?) on conflict (event_id) do update set story_id = excluded.story_id, "
            + "link_id = excluded.link_id where (story_report.story_id, story_report.link_id) is distinct from "
            + "(excluded.story_id, excluded.link_id)";
    private static final int BATCH = 1000;

    private final ContentWords words;
    private final StoredReports made = new StoredReports();

    public StoryStore(Nations nations) {
        this.words = ContentWords.withNationNames(nations.all().stream().map(Nation::name).toList());
    }

    public StoryReports reports(TieScorer scorer) {
        return new StoryReports(scorer, words);
    }

    /**
     * Every pair of a batch in one statement ({@link #LOAD_PAIRS}), not one statement a pair.
     *
     * @param fresh the batch's new reports by pair, each list non-empty
     * @return each pair's stories, in the order of {@code fresh}
     */
    public Map<NationPair, PairStories> loadAll(Connection c, Map<NationPair, List<StoryReport>> fresh,
            StoryReports reports, StoryParameters parameters) throws SQLException {
        long window = StoryClustering.lookupMillis(parameters);
        List<String> firsts = new ArrayList<>();
        List<String> seconds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> reachFrom = new ArrayList<>();
        List<String> reachTo = new ArrayList<>();
        Map<String, StoryClustering> byPair = new HashMap<>();
        Map<NationPair, PairStories> stories = new LinkedHashMap<>();
        for (Map.Entry<NationPair, List<StoryReport>> pair : fresh.entrySet()) {
            Map<EventType, List<StoryReport>> byType = new EnumMap<>(EventType.class);
            for (StoryReport r : pair.getValue()) {
                byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
            }
            byType.forEach((type, ofType) -> {
                long reach = Math.max(window, StoryClustering.reachMillis(parameters, type));
                Instant earliest = ofType.stream().map(StoryReport::eventTime).min(Instant::compareTo).orElseThrow();
                Instant latest = ofType.stream().map(StoryReport::eventTime).max(Instant::compareTo).orElseThrow();
                firsts.add(pair.getKey().first());
                seconds.add(pair.getKey().second());
                types.add(type.name());
                from.add(earliest.minusMillis(window).toString());
                to.add(latest.plusMillis(window).toString());
                reachFrom.add(earliest.minusMillis(reach).toString());
                reachTo.add(latest.plusMillis(reach).toString());
            });
            StoryClustering clustering = new StoryClustering(parameters);
            byPair.put(pair.getKey().key(), clustering);
            stories.put(pair.getKey(), new PairStories(pair.getKey(), clustering));
        }
        Map<String, List<StoryReport>> stored = new HashMap<>();
        Map<String, PairStories> placed = new HashMap<>();
        stories.values().forEach(p -> placed.put(p.pair().key(), p));
        try (PreparedStatement load = c.prepareStatement(LOAD_PAIRS)) {
            load.setArray(1, c.createArrayOf("varchar", firsts.toArray()));
            load.setArray(2, c.createArrayOf("varchar", seconds.toArray()));
            load.setArray(3, c.createArrayOf("varchar", types.toArray()));
            load.setArray(4, c.createArrayOf("timestamptz", from.toArray()));
            load.setArray(5, c.createArrayOf("timestamptz", to.toArray()));
            load.setArray(6, c.createArrayOf("timestamptz", reachFrom.toArray()));
            load.setArray(7, c.createArrayOf("timestamptz", reachTo.toArray()));
            load.setArray(8, c.createArrayOf("varchar",
                    StoryClustering.ONGOING_TYPES.stream().map(Enum::name).toArray()));
            try (ResultSet rs = load.executeQuery()) {
                while (rs.next()) {
                    String pair = NationPair.of(rs.getString(1), rs.getString(2)).key();
                    String eventId = rs.getString(5);
                    StoryReport report = made.get(eventId, reports.scorer());
                    if (report == null) {
                        report = reports.of(rs, 4);
                        made.put(report, reports.scorer());
                    }
                    stored.computeIfAbsent(pair, k -> new ArrayList<>()).add(report);
                    placed.get(pair).placed(eventId, rs.getString(3), rs.getString(4));
                }
            }
        }
        // Stored components are whole: adding their reports again gives the same stories.
        stored.forEach((pair, list) -> byPair.get(pair).addAll(list));
        return stories;
    }

    /**
     * Writes what a batch changed: stories merged away are deleted, the others upserted with their reports; for every
     * pair at once (one delete, one batch of story rows, one of report rows), not a few statements a pair.
     */
    public void writeAll(Connection c, Collection<PairStories> changed) throws SQLException {
        List<Object> replaced = new ArrayList<>();
        for (PairStories stories : changed) {
            replaced.addAll(stories.replacedIds());
        }
        if (!replaced.isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement(DELETE)) {
                delete.setArray(1, c.createArrayOf("varchar", replaced.toArray()));
                delete.executeUpdate();
            }
        }
        try (PreparedStatement story = c.prepareStatement(UPSERT_STORY);
                PreparedStatement report = c.prepareStatement(UPSERT_REPORT)) {
            Batch stories = new Batch(story);
            Batch reports = new Batch(report);
            for (PairStories pair : changed) {
                add(stories, reports, pair.pair(), pair.changedStories(), pair::linkId, pair::stillPlaced);
            }
            stories.flush();
            reports.flush();
        }
    }

    /** For the recompute, after clearing both tables: every story of the pair's clustering. */
    public static void insert(Connection c, NationPair pair, StoryClustering clustering) throws SQLException {
        try (PreparedStatement story = c.prepareStatement(UPSERT_STORY);
                PreparedStatement report = c.prepareStatement(UPSERT_REPORT)) {
            Batch storyRows = new Batch(story);
            Batch reportRows = new Batch(report);
            add(storyRows, reportRows, pair, clustering.stories(), clustering::linkId, (eventId, storyId, linkId) -> false);
            storyRows.flush();
            reportRows.flush();
        }
    }

    /** Whether a report's row already holds this story and link id (as read in this transaction). */
    @FunctionalInterface
    interface Placement {
        boolean stillPlaced(String eventId, String storyId, String linkId);
    }

    /**
     * A story row for each story; a report row for each report whose story or link id is not the stored one: a batch
     * writes every story of the components it touched, and most of their reports stay where they were.
     */
    private static void add(Batch storyRows, Batch reportRows, NationPair pair, Iterable<Story> stories,
            UnaryOperator<String> linkId, Placement stored) throws SQLException {
        for (Story s : stories) {
            bind(storyRows.statement, pair, s);
            storyRows.added();
            for (StoryReport r : s.reports()) {
                String link = linkId.apply(r.eventId());
                if (stored.stillPlaced(r.eventId(), s.id(), link)) {
                    continue;
                }
                reportRows.statement.setString(1, r.eventId());
                reportRows.statement.setString(2, s.id());
                reportRows.statement.setString(3, r.outlet());
                reportRows.statement.setString(4, link);
                reportRows.added();
            }
        }
    }

    /** A statement's batch, sent every {@link #BATCH} rows. */
    private static final class Batch {

        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void added() throws SQLException {
            statement.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
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
