package org.entente.drills;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.entente.embedded.EmbeddedPostgres;

/** Read-only SQL against the drill's own database (schemas {@code ingest} and {@code relations}). */
public final class Database implements AutoCloseable {

    private final String jdbcUrl;
    /** The one connection of {@link #keepingOneConnection}, or null: a connection for each query. */
    private Connection kept;

    public Database(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * For probes that run every half second through a whole run (the bench's): one connection for all of them. A
     * connection a query cost PostgreSQL a process started and ended each time, which the bench counted as the
     * platform's CPU; on one connection the probes' CPU is that one process's ({@link #backendPid}), told apart.
     */
    public static Database keepingOneConnection(String jdbcUrl) throws SQLException {
        Database db = new Database(jdbcUrl);
        db.kept = db.connect();
        return db;
    }

    /** The PostgreSQL process serving the kept connection. */
    public long backendPid() throws SQLException {
        return row("select pg_backend_pid()")[0];
    }

    /** The first row of a query of numbers, on the kept connection if there is one. */
    public long[] row(String sql) throws SQLException {
        Connection c = kept != null ? kept : connect();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] row = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getLong(i + 1);
            }
            return row;
        } finally {
            if (c != kept) {
                c.close();
            }
        }
    }

    /** Every row of a query, each column as text, on the kept connection if there is one. */
    public java.util.List<String[]> rows(String sql) throws SQLException {
        Connection c = kept != null ? kept : connect();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } finally {
            if (c != kept) {
                c.close();
            }
        }
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
        return row(sql)[0];
    }

    @Override
    public void close() throws SQLException {
        if (kept != null) {
            kept.close();
        }
    }
}
