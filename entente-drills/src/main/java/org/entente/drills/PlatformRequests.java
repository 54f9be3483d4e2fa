package org.entente.drills;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What a phase asked of the broker and the database, an article: the embedded broker's requests by type (its own
 * {@code kafka.network RequestsPerSec} meters, JMX of the bench's JVM, where it runs) and PostgreSQL's transactions and
 * rows ({@code pg_stat_database}). The CPU of the broker and PostgreSQL follows the requests and the commits more
 * than the bytes, so these say where their CPU an article comes from. Both include the bench's own probes (its
 * consumer-lag and end-offset requests, its counting queries every 500 ms): a few a second.
 */
record PlatformRequests(String phase, int articles, Map<String, Long> requests, long transactions, long rowsWritten,
        long rowsRead) {

    /** The counters at one moment. */
    record Counters(Map<String, Long> requests, long transactions, long rowsWritten, long rowsRead) {

        static Counters read(Database db) {
            long[] pg = postgres(db);
            return new Counters(brokerRequests(), pg[0], pg[1], pg[2]);
        }

        PlatformRequests since(Counters start, String phase, int articles) {
            Map<String, Long> delta = new TreeMap<>();
            requests.forEach((type, count) -> {
                long d = count - start.requests.getOrDefault(type, 0L);
                if (d > 0) {
                    delta.put(type, d);
                }
            });
            return new PlatformRequests(phase, articles, delta, transactions - start.transactions,
                    rowsWritten - start.rowsWritten, rowsRead - start.rowsRead);
        }
    }

    private static final java.util.Set<String> SUBSETS = java.util.Set.of("FetchConsumer", "FetchFollower");

    /** Requests the broker handled since it started, by type (Produce, Fetch, OffsetCommit...); empty if it has no meters. */
    static Map<String, Long> brokerRequests() {
        Map<String, Long> counts = new TreeMap<>();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            for (ObjectName name : server
                    .queryNames(new ObjectName("kafka.network:type=RequestMetrics,name=RequestsPerSec,*"), null)) {
                String type = name.getKeyProperty("request");
                Object count = server.getAttribute(name, "Count");
                // FetchConsumer and FetchFollower are meters of the same requests as Fetch, split by who asked
                if (type != null && !SUBSETS.contains(type) && count instanceof Number n) {
                    counts.merge(type, n.longValue(), Long::sum);
                }
            }
        } catch (JMException e) {
            return Map.of();
        }
        return counts;
    }

    /** Transactions (committed and rolled back), rows written (inserted, updated, deleted) and rows read (fetched). */
    private static long[] postgres(Database db) {
        String sql = "select sum(xact_commit + xact_rollback), sum(tup_inserted + tup_updated + tup_deleted), "
                + "sum(tup_fetched) from pg_stat_database";
        try {
            return db.row(sql);
        } catch (SQLException e) {
            return new long[] { 0, 0, 0 };
        }
    }

    double perArticle(long count) {
        return articles == 0 ? Double.NaN : (double) count / articles;
    }

    static List<String> markdown(List<PlatformRequests> phases) {
        List<String> lines = new ArrayList<>();
        lines.add("## Broker requests and PostgreSQL transactions an article by phase");
        lines.add("");
        lines.add("Kafka requests by type from the broker's own meters; PostgreSQL from `pg_stat_database` (its statistics "
                + "reach the view within about a second of a transaction's end). Both include the bench's own probes, a "
                + "few a second.");
        lines.add("");
        lines.add("| phase | articles | PostgreSQL transactions | rows written | rows read | Kafka requests, all | by type "
                + "(an article) |");
        lines.add("|---|---|---|---|---|---|---|");
        for (PlatformRequests p : phases) {
            long all = p.requests.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder byType = new StringBuilder();
            p.requests.entrySet().stream().sorted(Map.Entry.<String, Long> comparingByValue().reversed()).limit(8)
                    .forEach(e -> byType.append(byType.isEmpty() ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), p.perArticle(e.getValue()))));
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %.1f | %s |", p.phase, p.articles,
                    p.perArticle(p.transactions), p.perArticle(p.rowsWritten), p.perArticle(p.rowsRead),
                    p.perArticle(all), byType));
        }
        return lines;
    }
}
