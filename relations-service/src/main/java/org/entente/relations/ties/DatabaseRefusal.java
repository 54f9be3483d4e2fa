package org.entente.relations.ties;

import java.sql.SQLException;

/** The reason a person can act on, from a failure the database (or the code before it) raised. */
final class DatabaseRefusal {

    private static final int MAX_CHARS = 300;

    private DatabaseRefusal() {
    }

    /** The innermost SQL error's message (e.g. "invalid scale in numeric value"), else the root cause's. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        SQLException sql = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof SQLException e) {
                sql = e;
            }
        }
        Throwable cause = sql != null ? sql : root;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "..." : line;
    }
}
