package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.relations.domain.DaySums;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieFold;

/**
 * A batch's daily rollup increments (events counted on their day, story weights in and out on the
 * story's day), summed exactly per pair and day, then upserted with one row
 * write per pair and day instead of one per event. PostgreSQL adds NUMERIC exactly and each double
 * column is the nearest double of its exact sum (as {@link TieRebuilder} writes it), so a row does
 * not depend on how its events were ordered or split into batches.
 */
final class RollupIncrements {

    private static final String UPSERT = "insert into daily_rollup (pair_first, pair_second, day, event_count, "
            + "exact_mass, exact_mass_forward, exact_mass_backward, mass, mass_forward, mass_backward, summed_events) "
            + "select f, s, d, n, e, ef, eb, e::float8, ef::float8, eb::float8, n from (values ";
    private static final String ROW = "(?, ?, cast(? as date), ?, cast(? as numeric), cast(? as numeric), "
            + "cast(? as numeric))";
    // Exact sums count only while they cover every event of the row. A row written before V21, or
    // updated by an older replica during a rolling upgrade, adds doubles until the startup rebuild.
    private static final String COVERED = "daily_rollup.summed_events = daily_rollup.event_count";
    private static final String ON_CONFLICT = ") as v (f, s, d, n, e, ef, eb) "
            + "on conflict (pair_first, pair_second, day) do update set "
            + "event_count = daily_rollup.event_count + excluded.event_count, "
            + "summed_events = case when " + COVERED + " then daily_rollup.summed_events + excluded.summed_events end, "
            + add("mass") + ", " + add("mass_forward") + ", " + add("mass_backward");
    private static final int COLUMNS = 7;
    private static final int ROWS_PER_STATEMENT = 2000;
    // Pair then day: consumers touching the same rows lock them in the same order.
    private static final Comparator<Increment> ROW_ORDER = Comparator
            .comparing((Increment i) -> i.pair.key()).thenComparing(i -> i.day);

    private final Map<Key, Increment> increments = new HashMap<>();

    private record Key(String pair, LocalDate day) {
    }

    private record Increment(NationPair pair, LocalDate day, DaySums sums) {
    }

    private static String add(String mass) {
        // trim_scale: a NUMERIC sum keeps the larger scale of its terms; equal sums must read the same.
        String exact = "case when " + COVERED + " then trim_scale(daily_rollup.exact_" + mass + " + excluded.exact_"
                + mass + ") end";
        return "exact_" + mass + " = " + exact + ", "
                + mass + " = coalesce((" + exact + ")::float8, daily_rollup." + mass + " + excluded." + mass + ")";
    }

    /** One pair's rows, for {@link TieFold} to count events and add story weights on their days. */
    TieFold.Days of(NationPair pair) {
        return new TieFold.Days() {
            @Override
            public void countEvent(LocalDate day) {
                sums(pair, day).countEvent();
            }

            @Override
            public void addMass(LocalDate day, double rolled, boolean forward) {
                sums(pair, day).addMass(rolled, forward);
            }
        };
    }

    private DaySums sums(NationPair pair, LocalDate day) {
        return increments.computeIfAbsent(new Key(pair.key(), day), k -> new Increment(pair, day, new DaySums())).sums;
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
                upsert.setInt(at + 4, inc.sums.count());
                upsert.setBigDecimal(at + 5, inc.sums.total().toBigDecimal());
                upsert.setBigDecimal(at + 6, inc.sums.forward().toBigDecimal());
                upsert.setBigDecimal(at + 7, inc.sums.backward().toBigDecimal());
            }
            upsert.executeUpdate();
        }
    }
}
