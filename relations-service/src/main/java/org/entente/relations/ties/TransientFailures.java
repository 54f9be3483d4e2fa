package org.entente.relations.ties;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

/**
 * Tells a database that is briefly out of reach (restarting, failing over, pool exhausted, a deadlock) from an event
 * the database rejects. The first is retried until it passes, so valid events are never dead-lettered
 * because PostgreSQL was down for a minute; only the second goes to {@code events-dlq}.
 */
final class TransientFailures {

    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQLState class 08: connection exception; 57P0x: the server is shutting down or starting;
            // 40001 / 40P01: serialization failure or deadlock between consumers, gone on a retry.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0")
                            || sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
            // Agroal reports an exhausted or unreachable pool without an SQLState.
            if (t instanceof SQLException && String.valueOf(t.getMessage()).contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Exponential backoff for the given retry (1-based), capped. */
    static Duration waitBefore(int retry) {
        long millis = FIRST_WAIT.toMillis() << Math.min(retry - 1, 10);
        return Duration.ofMillis(Math.min(millis, LONGEST_WAIT.toMillis()));
    }
}
