package org.entente.drills;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What PostgreSQL did in a phase, an article: rows written and read by table ({@code pg_stat_user_tables}), scans by
 * index ({@code pg_stat_user_indexes}) and its CPU by who asked ({@code pg_stat_activity}: a service's connections by
 * their application name, the workers by their backend type). {@code pg_stat_database} gave one sum of rows read, which
 * said neither which table nor whether a scan or the bench's own probes read them (issue 17, lane tp9).
 */
record PostgresActivity(String phase, int articles, Map<String, long[]> tables, Map<String, long[]> indexes,
        Map<String, Long> ticksByWho) {

    /** inserted, updated, of which HOT, deleted, sequential scans, rows they read, index scans, rows they fetched. */
    private static final String TABLES = "select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, "
            + "n_tup_del, seq_scan, seq_tup_read, coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0) "
            + "from pg_stat_user_tables";
    private static final String INDEXES = "select schemaname || '.' || indexrelname, idx_scan, idx_tup_read, "
            + "idx_tup_fetch from pg_stat_user_indexes";
    private static final String PROCESSES = "select pid, case when backend_type = 'client backend' "
            + "then coalesce(nullif(application_name, ''), 'client backend') else coalesce(backend_type, 'other') end "
            + "from pg_stat_activity where pid is not null";
    /** The processes that ended within the phase (closed connections, autovacuum workers), reaped by the postmaster. */
    static final String ENDED = "ended processes (autovacuum workers, closed connections)";
    static final String PROBES = "the bench's probes";

    /** The counters at one moment. */
    record Snapshot(Map<String, long[]> tables, Map<String, long[]> indexes, Map<Long, String> who,
            Map<Long, Long> ticks, long reapedTicks) {

        static Snapshot read(Database db, Path dataDir) {
            try {
                Map<Long, String> who = new TreeMap<>();
                for (String[] row : db.rows(PROCESSES)) {
                    who.put(Long.parseLong(row[0]), row[1]);
                }
                who.put(db.backendPid(), PROBES);
                Map<Long, Long> ticks = new TreeMap<>();
                for (long pid : who.keySet()) {
                    ticks.put(pid, InfrastructureCpu.processTicks(pid));
                }
                return new Snapshot(counters(db, TABLES), counters(db, INDEXES), who, ticks,
                        InfrastructureCpu.reapedChildTicks(dataDir));
            } catch (SQLException | IOException e) {
                return new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), 0);
            }
        }

        private static Map<String, long[]> counters(Database db, String sql) throws SQLException {
            Map<String, long[]> byName = new TreeMap<>();
            for (String[] row : db.rows(sql)) {
                long[] values = new long[row.length - 1];
                for (int i = 1; i < row.length; i++) {
                    values[i - 1] = row[i] == null ? 0 : Long.parseLong(row[i]);
                }
                byName.put(row[0], values);
            }
            return byName;
        }

        /**
         * A process alive at both ends counts its ticks in between; one started within the phase all its ticks (read at
         * the end); one that ended within it is in the postmaster's reaped ticks.
         */
        PostgresActivity since(Snapshot start, String phase, int articles) {
            Map<String, Long> byWho = new TreeMap<>();
            ticks.forEach((pid, now) -> byWho.merge(who.getOrDefault(pid, "other"),
                    now - start.ticks.getOrDefault(pid, 0L), Long::sum));
            byWho.put(ENDED, reapedTicks - start.reapedTicks);
            return new PostgresActivity(phase, articles, minus(tables, start.tables), minus(indexes, start.indexes),
                    byWho);
        }

        private static Map<String, long[]> minus(Map<String, long[]> now, Map<String, long[]> then) {
            Map<String, long[]> delta = new TreeMap<>();
            now.forEach((name, values) -> {
                long[] before = then.get(name);
                long[] d = new long[values.length];
                boolean any = false;
                for (int i = 0; i < values.length; i++) {
                    d[i] = values[i] - (before == null ? 0 : before[i]);
                    any |= d[i] != 0;
                }
                if (any) {
                    delta.put(name, d);
                }
            });
            return delta;
        }
    }

    private double per(long count) {
        return articles == 0 ? Double.NaN : (double) count / articles;
    }

    static List<String> markdown(List<PostgresActivity> phases, double ticksPerSecond) {
        List<String> lines = new ArrayList<>();
        lines.add("## PostgreSQL by table, index and process, an article");
        lines.add("");
        lines.add("From `pg_stat_user_tables`, `pg_stat_user_indexes` and `pg_stat_activity` at each phase's start and end "
                + "(statistics reach the views within about a second of a transaction's end). Rows read by sequential "
                + "scans and fetched by index scans include the bench's probes (a `count(*)` of `relations.event_log` and "
                + "`ingest.seen_article` every half second); their CPU is on a line of its own.");
        for (PostgresActivity p : phases) {
            lines.add("");
            lines.add("### " + p.phase + " (" + p.articles + " articles)");
            lines.add("");
            lines.add("| table | inserted | updated (HOT) | deleted | seq scans | rows seq-read | index scans | rows "
                    + "index-fetched |");
            lines.add("|---|---|---|---|---|---|---|---|");
            p.tables.forEach((name, v) -> lines.add(String.format(Locale.ROOT,
                    "| %s | %.2f | %.2f (%.2f) | %.2f | %.2f | %.1f | %.2f | %.1f |", name, p.per(v[0]), p.per(v[1]),
                    p.per(v[2]), p.per(v[3]), p.per(v[4]), p.per(v[5]), p.per(v[6]), p.per(v[7]))));
            lines.add("");
            lines.add("| index | scans | entries read | rows fetched |");
            lines.add("|---|---|---|---|");
            p.indexes.forEach((name, v) -> lines.add(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f |", name,
                    p.per(v[0]), p.per(v[1]), p.per(v[2]))));
            lines.add("");
            lines.add("| PostgreSQL process (by application name or backend type) | CPU an article |");
            lines.add("|---|---|");
            Map<String, Long> sorted = new LinkedHashMap<>();
            p.ticksByWho.entrySet().stream().sorted(Map.Entry.<String, Long> comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((who, ticks) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f ms |", who,
                    p.per(ticks) * 1000 / ticksPerSecond)));
        }
        return lines;
    }
}
