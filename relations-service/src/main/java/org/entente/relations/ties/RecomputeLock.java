package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A PostgreSQL advisory lock that keeps the consumer (shared) and an admin recompute (exclusive) from
 * writing ties at the same time. Transaction-scoped: released at commit or rollback. Taken on the
 * transaction's connection with plain JDBC: through Hibernate's native query it cost the consumer a query plan
 * and a session on every batch (docs/reports/bench-2026-12-06-sr.md).
 */
public final class RecomputeLock {

    private static final long KEY = 0x656e74656e7465L; // "entente"

    private RecomputeLock() {
    }

    static void shared(Connection c) throws SQLException {
        take(c, "select pg_advisory_xact_lock_shared(?)");
    }

    static void exclusive(Connection c) throws SQLException {
        take(c, "select pg_advisory_xact_lock(?)");
    }

    private static void take(Connection c, String sql) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(sql)) {
            lock.setLong(1, KEY);
            lock.executeQuery().close();
        }
    }
}
