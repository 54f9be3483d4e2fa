package org.entente.relations.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.relations.domain.NationPair;

/**
 * A batch's daily rollup increments, summed per pair and day in event order, then upserted with one
 * row write per pair and day instead of one per event.
 */
final class RollupIncrements {

    private static final String UPSERT = "insert into daily_rollup (pair_first, pair_second, day, event_count, "
            + "mass, mass_forward, mass_backward) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";
    private static final String ON_CONFLICT = " on conflict (pair_first, pair_second, day) do update set "
            + "event_count = daily_rollup.event_count + excluded.event_count, "
            + "mass = daily_rollup.mass + excluded.mass, "
            + "mass_forward = daily_rollup.mass_forward + excluded.mass_forward, "
            + "mass_backward = daily_rollup.mass_backward + excluded.mass_backward";
    private static final int COLUMNS = 7;
    private static final int ROWS_PER_STATEMENT = 2000;
    // Pair then day: consumers touching the same rows lock them in the same order.
    private static final Comparator<Increment> ROW_ORDER = Comparator
            .comparing((Increment i) -> i.pair.key()).thenComparing(i -> i.day);

    private final Map<Key, Increment> increments = new HashMap<>();

    private record Key(String pair, LocalDate day) {
    }

    private static final class Increment {
        final NationPair pair;
        final LocalDate day;
        int count;
        double mass;
        double massForward;
        double massBackward;

        Increment(NationPair pair, LocalDate day) {
            this.pair = pair;
            this.day = day;
        }
    }

    /** Adds one event's rollup weight (already decayed to the end of its day). */
    void add(NationPair pair, LocalDate day, double rolled, boolean forward) {
        Increment inc = increments.computeIfAbsent(new Key(pair.key(), day), k -> new Increment(pair, day));
        inc.count++;
        inc.mass += rolled;
        inc.massForward += forward ? rolled : 0.0;
        inc.massBackward += forward ? 0.0 : rolled;
    }

    void write(Connection connection) throws SQLException {
        List<Increment> rows = new ArrayList<>(increments.values());
        rows.sort(ROW_ORDER);
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            write(connection, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private static void write(Connection connection, List<Increment> chunk) throws SQLException {
        StringBuilder sql = new StringBuilder(UPSERT);
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        sql.append(ON_CONFLICT);
        try (PreparedStatement upsert = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < chunk.size(); i++) {
                Increment inc = chunk.get(i);
                int at = i * COLUMNS;
                upsert.setString(at + 1, inc.pair.first());
                upsert.setString(at + 2, inc.pair.second());
                upsert.setObject(at + 3, inc.day);
                upsert.setInt(at + 4, inc.count);
                upsert.setDouble(at + 5, inc.mass);
                upsert.setDouble(at + 6, inc.massForward);
                upsert.setDouble(at + 7, inc.massBackward);
            }
            upsert.executeUpdate();
        }
    }
}
