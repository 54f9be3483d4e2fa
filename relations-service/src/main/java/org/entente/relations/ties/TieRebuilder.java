package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.relations.domain.DaySums;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieFold;
import org.entente.relations.domain.TieMasses;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.stories.PairStories;
import org.entente.relations.stories.Story;
import org.entente.relations.stories.StoryClustering;
import org.entente.relations.stories.StoryReport;
import org.entente.relations.stories.StoryReports;
import org.entente.relations.stories.StoryStore;

/**
 * Replaces every story, tie and daily rollup with values computed from the event log by one scorer: a
 * pair's events are clustered into stories as the consumer clusters them, whatever their order. Runs in
 * the caller's transaction on the caller's connection; readers keep seeing the old rows until commit.
 */
final class TieRebuilder {

    private static final int BATCH = 2000;
    /** Where pair_first is in {@link #READ}: after the report's columns. */
    private static final int PAIR_FIRST = 14;
    private static final String READ = "select " + StoryReports.COLUMNS + ", e.pair_first, e.pair_second "
            + "from event_log e order by e.pair_first, e.pair_second, e.event_time";
    private static final String INSERT_TIE = "insert into tie (pair, pair_first, pair_second, mass, mass_forward, "
            + "mass_backward, as_of, event_count, count_forward, count_backward, first_event_at, last_event_at, "
            + "anchored_sum, anchored_sum_forward, anchored_sum_backward, summed_events) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // The doubles are converted by PostgreSQL, as RollupIncrements has them converted.
    private static final String INSERT_ROLLUP = "insert into daily_rollup (pair_first, pair_second, day, "
            + "event_count, exact_mass, exact_mass_forward, exact_mass_backward, mass, mass_forward, mass_backward, "
            + "summed_events) "
            + "select f, s, d, n, e, ef, eb, e::float8, ef::float8, eb::float8, n from (values (?, ?, cast(? as date), "
            + "?, cast(? as numeric), cast(? as numeric), cast(? as numeric))) as v (f, s, d, n, e, ef, eb)";

    private final TieScorer scorer;
    private final StoryReports reports;
    private long events;
    private long pairs;
    private int pendingRollups;

    TieRebuilder(TieScorer scorer, StoryStore stories) {
        this.scorer = scorer;
        this.reports = stories.reports(scorer);
    }

    long events() {
        return events;
    }

    long pairs() {
        return pairs;
    }

    void rebuild(Connection c) throws SQLException {
        try (Statement clear = c.createStatement()) {
            clear.executeUpdate("delete from daily_rollup");
            clear.executeUpdate("delete from tie");
            clear.executeUpdate("delete from story_report");
            clear.executeUpdate("delete from story");
        }
        try (PreparedStatement read = c.prepareStatement(READ);
                PreparedStatement ties = c.prepareStatement(INSERT_TIE);
                PreparedStatement rollups = c.prepareStatement(INSERT_ROLLUP)) {
            read.setFetchSize(10_000);
            PairAccumulator current = null;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    NationPair pair = new NationPair(rs.getString(PAIR_FIRST), rs.getString(PAIR_FIRST + 1));
                    if (current == null || !current.pair.equals(pair)) {
                        flush(c, current, ties, rollups);
                        current = new PairAccumulator(pair);
                    }
                    current.add(reports.of(rs));
                    events++;
                }
            }
            flush(c, current, ties, rollups);
            ties.executeBatch();
            rollups.executeBatch();
        }
    }

    private void flush(Connection c, PairAccumulator acc, PreparedStatement ties, PreparedStatement rollups)
            throws SQLException {
        if (acc == null) {
            return;
        }
        pairs++;
        acc.clustering.addAll(acc.reports);
        List<Story> stories = acc.clustering.stories();
        List<TieScorer.Term> terms = new ArrayList<>(stories.size());
        for (Story story : stories) {
            terms.add(PairStories.term(story, acc.pair));
        }
        StoryStore.insert(c, acc.pair, acc.clustering);
        TieFold fold = acc.fold;
        TieMasses m = fold.change(fold.last(), List.of(), terms, acc);
        ties.setString(1, acc.pair.key());
        ties.setString(2, acc.pair.first());
        ties.setString(3, acc.pair.second());
        ties.setDouble(4, m.total());
        ties.setDouble(5, m.forward());
        ties.setDouble(6, m.backward());
        ties.setObject(7, EventLogWriter.utc(m.asOf()));
        ties.setLong(8, fold.eventCount());
        ties.setLong(9, fold.countForward());
        ties.setLong(10, fold.countBackward());
        ties.setObject(11, EventLogWriter.utc(fold.first()));
        ties.setObject(12, EventLogWriter.utc(fold.last()));
        ties.setBigDecimal(13, m.anchored().total().toBigDecimal());
        ties.setBigDecimal(14, m.anchored().forward().toBigDecimal());
        ties.setBigDecimal(15, m.anchored().backward().toBigDecimal());
        ties.setLong(16, fold.eventCount());
        ties.addBatch();
        for (Map.Entry<LocalDate, DaySums> day : acc.days.entrySet()) {
            DaySums d = day.getValue();
            rollups.setString(1, acc.pair.first());
            rollups.setString(2, acc.pair.second());
            rollups.setObject(3, day.getKey());
            rollups.setInt(4, d.count());
            rollups.setBigDecimal(5, d.total().toBigDecimal());
            rollups.setBigDecimal(6, d.forward().toBigDecimal());
            rollups.setBigDecimal(7, d.backward().toBigDecimal());
            rollups.addBatch();
            pendingRollups++;
        }
        // One round trip per few thousand rows, not per pair: pairs are many and mostly small.
        if (pairs % BATCH == 0) {
            ties.executeBatch();
        }
        if (pendingRollups >= BATCH) {
            rollups.executeBatch();
            pendingRollups = 0;
        }
    }

    /** One pair's events as they are read: its stories, its tie and its days' rollup sums. */
    private final class PairAccumulator implements TieFold.Days {
        final NationPair pair;
        final Map<LocalDate, DaySums> days = new TreeMap<>();
        final StoryClustering clustering = new StoryClustering(scorer.parameters().stories());
        // Clustered once the pair is read whole: each component is then partitioned once, not at every report.
        final List<StoryReport> reports = new ArrayList<>();
        final TieFold fold = TieFold.empty(scorer);

        PairAccumulator(NationPair pair) {
            this.pair = pair;
        }

        void add(StoryReport report) {
            reports.add(report);
            fold.count(pair.isForward(report.source()), report.eventTime(), this);
        }

        @Override
        public void countEvent(LocalDate day) {
            days.computeIfAbsent(day, d -> new DaySums()).countEvent();
        }

        @Override
        public void addMass(LocalDate day, double rolled, boolean forward) {
            days.computeIfAbsent(day, d -> new DaySums()).addMass(rolled, forward);
        }
    }
}
