package org.entente.drills;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** What relations-service applied, read with SQL from the drill's own database. */
final class EventLog {

    /** Events of one article or pair: how many, and their earliest and latest event time (null when none). */
    record Events(long count, Instant earliest, Instant latest) {
    }

    private final Database db;

    EventLog(Database db) {
        this.db = db;
    }

    Events forArticleUrl(String url) throws SQLException {
        return query("select count(*), min(event_time), max(event_time) from relations.event_log where article_url = ?", url);
    }

    /** Events between two nations, in either order. */
    Events forPair(String a, String b) throws SQLException {
        String first = a.compareTo(b) < 0 ? a : b;
        String second = a.compareTo(b) < 0 ? b : a;
        return query(
                "select count(*), min(event_time), max(event_time) from relations.event_log where pair_first = ? and pair_second = ?",
                first, second);
    }

    boolean hasEvent(String id) throws SQLException {
        return query("select count(*), null::timestamptz, null::timestamptz from relations.event_log where id = ?", id)
                .count() == 1;
    }

    long eventsWithIdPrefix(String prefix) throws SQLException {
        return query("select count(*), null::timestamptz, null::timestamptz from relations.event_log where id like ?",
                prefix + "%").count();
    }

    long alertPublications() throws SQLException {
        return query("select count(*), null::timestamptz, null::timestamptz from relations.alert_publication").count();
    }

    private Events query(String sql, String... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Events(rs.getLong(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)));
            }
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
