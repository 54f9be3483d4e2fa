package org.entente.drills;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.entente.embedded.EmbeddedPostgres;

/** Read-only SQL against the drill's own database (schemas {@code ingest} and {@code relations}). */
public final class Database {

    private final String jdbcUrl;

    public Database(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
        c.setReadOnly(true);
        return c;
    }

    /** Articles ingest-service recorded as acknowledged by the broker. */
    public long articlesSeen() throws SQLException {
        return count("select count(*) from ingest.seen_article");
    }

    public long eventsApplied() throws SQLException {
        return count("select count(*) from relations.event_log");
    }

    public long alerts() throws SQLException {
        return count("select count(*) from relations.alert");
    }

    public long ties() throws SQLException {
        return count("select count(*) from relations.tie");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
