package org.entente.relations.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.entente.relations.domain.DaySums;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieMasses;
import org.entente.relations.domain.TieScorer;

/**
 * Replaces every tie and daily rollup with values computed from the event log by one scorer. Runs in
 * the caller's transaction on the caller's connection; readers keep seeing the old rows until commit.
 */
final class TieRebuilder {

    private static final int BATCH = 2000;
    private static final String READ = "select source, target, pair_first, pair_second, type, subtype, modality, "
            + "confidence, event_time from event_log order by pair_first, pair_second, event_time";
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
    private long events;
    private long pairs;
    private int pendingRollups;

    TieRebuilder(TieScorer scorer) {
        this.scorer = scorer;
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
        }
        try (PreparedStatement read = c.prepareStatement(READ);
                PreparedStatement ties = c.prepareStatement(INSERT_TIE);
                PreparedStatement rollups = c.prepareStatement(INSERT_ROLLUP)) {
            read.setFetchSize(10_000);
            PairAccumulator current = null;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    NationPair pair = new NationPair(rs.getString(3), rs.getString(4));
                    if (current == null || !current.pair.equals(pair)) {
                        flush(current, ties, rollups);
                        current = new PairAccumulator(pair);
                    }
                    Instant at = rs.getObject(9, java.time.OffsetDateTime.class).toInstant();
                    double weight = scorer.weight(EventType.valueOf(rs.getString(5)), rs.getString(6),
                            Modality.parse(rs.getString(7)), rs.getDouble(8));
                    current.add(weight, at, pair.isForward(rs.getString(1)));
                    events++;
                }
            }
            flush(current, ties, rollups);
            ties.executeBatch();
            rollups.executeBatch();
        }
    }

    private void flush(PairAccumulator acc, PreparedStatement ties, PreparedStatement rollups) throws SQLException {
        if (acc == null) {
            return;
        }
        pairs++;
        TieMasses m = acc.masses;
        ties.setString(1, acc.pair.key());
        ties.setString(2, acc.pair.first());
        ties.setString(3, acc.pair.second());
        ties.setDouble(4, m.total());
        ties.setDouble(5, m.forward());
        ties.setDouble(6, m.backward());
        ties.setObject(7, EventLogWriter.utc(m.asOf()));
        ties.setLong(8, acc.countForward + acc.countBackward);
        ties.setLong(9, acc.countForward);
        ties.setLong(10, acc.countBackward);
        ties.setObject(11, EventLogWriter.utc(acc.first));
        ties.setObject(12, EventLogWriter.utc(acc.last));
        ties.setBigDecimal(13, m.anchored().total().toBigDecimal());
        ties.setBigDecimal(14, m.anchored().forward().toBigDecimal());
        ties.setBigDecimal(15, m.anchored().backward().toBigDecimal());
        ties.setLong(16, acc.countForward + acc.countBackward);
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

    private final class PairAccumulator {
        final NationPair pair;
        final Map<LocalDate, DaySums> days = new TreeMap<>();
        TieMasses masses = TieMasses.EMPTY;
        long countForward;
        long countBackward;
        Instant first;
        Instant last;

        PairAccumulator(NationPair pair) {
            this.pair = pair;
        }

        void add(double weight, Instant at, boolean forward) {
            masses = scorer.add(masses, weight, at, forward);
            days.computeIfAbsent(TieScorer.dayOf(at), d -> new DaySums()).add(scorer.rollupWeight(weight, at), forward);
            if (forward) {
                countForward++;
            } else {
                countBackward++;
            }
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
    }
}
