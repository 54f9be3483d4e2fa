package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Tie;

/**
 * The consumer's tie rows through plain JDBC on the transaction's connection: created when missing, locked
 * ({@code for update}, in pair order, so that consumers sharing pairs never deadlock), and written back. Through
 * Hibernate the same rows cost a native query's result mapping on every batch and a dirty check and flush at commit
 * (docs/reports/bench-2026-12-06-sr.md); the {@link Tie}s returned here are plain objects Hibernate never sees.
 */
final class TieRows {

    private static final String COLUMNS = "pair, pair_first, pair_second, mass, mass_forward, mass_backward, "
            + "anchored_sum, anchored_sum_forward, anchored_sum_backward, summed_events, as_of, event_count, "
            + "count_forward, count_backward, first_event_at, last_event_at";
    private static final String LOCK = "select " + COLUMNS + " from tie where pair = any (?) order by pair for update";
    private static final String INSERT_MISSING = "insert into tie (pair, pair_first, pair_second, mass, mass_forward, "
            + "mass_backward, as_of, event_count, count_forward, count_backward, first_event_at, last_event_at) "
            + "values ";
    private static final String UPDATE = "update tie set mass = ?, mass_forward = ?, mass_backward = ?, "
            + "anchored_sum = ?, anchored_sum_forward = ?, anchored_sum_backward = ?, summed_events = ?, as_of = ?, "
            + "event_count = ?, count_forward = ?, count_backward = ?, first_event_at = ?, last_event_at = ? "
            + "where pair = ?";

    private TieRows() {
    }

    /**
     * Creates the missing rows (placeholders with no events, whose times the fold overwrites; concurrent consumers may
     * race here), then locks every pair's row once.
     *
     * @param pairs by key, in key order; each with the time a placeholder row gets
     */
    static Map<String, Tie> lock(Connection c, SortedMap<String, NationPair> pairs, Map<String, Instant> firstSeen)
            throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT_MISSING);
        for (int i = 0; i < pairs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, 0, 0, 0, ?, 0, 0, 0, ?, ?)");
        }
        sql.append(" on conflict (pair) do nothing");
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            int at = 0;
            for (NationPair pair : pairs.values()) {
                Object time = EventLogWriter.utc(firstSeen.get(pair.key()));
                insert.setString(++at, pair.key());
                insert.setString(++at, pair.first());
                insert.setString(++at, pair.second());
                insert.setObject(++at, time, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(++at, time, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(++at, time, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            insert.executeUpdate();
        }
        Map<String, Tie> byPair = new HashMap<>();
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setArray(1, c.createArrayOf("varchar", pairs.keySet().toArray()));
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    Tie tie = read(rs);
                    byPair.put(tie.pair, tie);
                }
            }
        }
        return byPair;
    }

    /** Writes back what the folds changed, in pair order (the rows are locked already). */
    static void write(Connection c, Collection<Tie> ties) throws SQLException {
        List<Tie> ordered = ties.stream().sorted(Comparator.comparing((Tie t) -> t.pair)).toList();
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            for (Tie t : ordered) {
                update.setDouble(1, t.mass);
                update.setDouble(2, t.massForward);
                update.setDouble(3, t.massBackward);
                update.setBigDecimal(4, t.anchoredSum);
                update.setBigDecimal(5, t.anchoredSumForward);
                update.setBigDecimal(6, t.anchoredSumBackward);
                update.setObject(7, t.summedEvents, Types.BIGINT);
                update.setObject(8, EventLogWriter.utc(t.asOf), Types.TIMESTAMP_WITH_TIMEZONE);
                update.setLong(9, t.eventCount);
                update.setLong(10, t.countForward);
                update.setLong(11, t.countBackward);
                update.setObject(12, EventLogWriter.utc(t.firstEventAt), Types.TIMESTAMP_WITH_TIMEZONE);
                update.setObject(13, EventLogWriter.utc(t.lastEventAt), Types.TIMESTAMP_WITH_TIMEZONE);
                update.setString(14, t.pair);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Tie read(ResultSet rs) throws SQLException {
        Tie tie = new Tie();
        tie.pair = rs.getString(1);
        tie.first = rs.getString(2);
        tie.second = rs.getString(3);
        tie.mass = rs.getDouble(4);
        tie.massForward = rs.getDouble(5);
        tie.massBackward = rs.getDouble(6);
        tie.anchoredSum = rs.getBigDecimal(7);
        tie.anchoredSumForward = rs.getBigDecimal(8);
        tie.anchoredSumBackward = rs.getBigDecimal(9);
        long summed = rs.getLong(10);
        tie.summedEvents = rs.wasNull() ? null : summed;
        tie.asOf = instant(rs, 11);
        tie.eventCount = rs.getLong(12);
        tie.countForward = rs.getLong(13);
        tie.countBackward = rs.getLong(14);
        tie.firstEventAt = instant(rs, 15);
        tie.lastEventAt = instant(rs, 16);
        return tie;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
