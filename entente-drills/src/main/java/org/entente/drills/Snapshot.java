package org.entente.drills;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a settled run left behind, read with SQL: the articles ingest-service recorded, the event
 * log, the ties, the daily rollups and the alerts, each keyed so two runs can be compared. Fields
 * that differ by nature between two runs are left out: extraction and arrival times, alert ids,
 * raise times and scores (which depend on the order events were applied in).
 */
public record Snapshot(Set<String> articles, Map<String, String> events, Map<String, TieRow> ties,
        Map<String, TieRow> rollups, Map<String, String> alerts, long articlesDeadLettered, long eventsDeadLettered) {

    /**
     * A tie or rollup row. Record equality compares the masses bit for bit ({@link Double#equals}) and
     * the exact NUMERIC sums behind them as decimals.
     */
    public record TieRow(List<Long> counts, List<String> instants, List<Double> masses, List<String> exactSums) {
    }

    private static final String EVENT_FIELDS = "article_id, article_url, article_title, sentence_index, sentence, "
            + "sentence_start, sentence_end, type, subtype, cameo_code, source, target, modality, confidence, trigger_text, "
            + "event_time, extractor_version";

    public static Snapshot read(Database db, long articlesDeadLettered, long eventsDeadLettered) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            Set<String> articles = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("select article_id from ingest.seen_article")) {
                while (rs.next()) {
                    articles.add(rs.getString(1));
                }
            }
            Map<String, String> events = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("select id, " + EVENT_FIELDS + " from relations.event_log")) {
                while (rs.next()) {
                    events.put(rs.getString(1), row(rs, 2, 18));
                }
            }
            Map<String, TieRow> ties = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("select pair, event_count, count_forward, count_backward, as_of, "
                    + "first_event_at, last_event_at, mass, mass_forward, mass_backward, anchored_sum::text, "
                    + "anchored_sum_forward::text, anchored_sum_backward::text from relations.tie")) {
                while (rs.next()) {
                    ties.put(rs.getString(1), new TieRow(
                            List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                            List.of(rs.getString(5), rs.getString(6), rs.getString(7)),
                            List.of(rs.getDouble(8), rs.getDouble(9), rs.getDouble(10)),
                            Arrays.asList(rs.getString(11), rs.getString(12), rs.getString(13))));
                }
            }
            Map<String, TieRow> rollups = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("select pair_first || '|' || pair_second || ' ' || day, event_count, "
                    + "mass, mass_forward, mass_backward, exact_mass::text, exact_mass_forward::text, "
                    + "exact_mass_backward::text from relations.daily_rollup")) {
                while (rs.next()) {
                    rollups.put(rs.getString(1), new TieRow(List.of(rs.getLong(2)), List.of(),
                            List.of(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)),
                            Arrays.asList(rs.getString(6), rs.getString(7), rs.getString(8))));
                }
            }
            return new Snapshot(articles, events, ties, rollups, alerts(s), articlesDeadLettered, eventsDeadLettered);
        }
    }

    /**
     * Alerts keyed by rule name, pair and the events that raised or joined them. A first-contact
     * alert is keyed by rule and pair only: which of a pair's events came first to relations-service
     * depends on nlp-service's partition interleaving, in a clean run as much as under faults. For the
     * same reason its event count is left out: the alert holds the story of that first event (its
     * reports join it), so its size follows from which event came first. Alerts merged into another (a
     * later report joined their stories) are left out: whether a story was alerted before or after the
     * report that joined it depends on arrival order; the live alert it leaves does not.
     */
    private static Map<String, String> alerts(Statement s) throws SQLException {
        Map<String, String> alerts = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("select a.rule_name, a.kind, a.pair, a.severity, a.message, a.event_count, "
                + "string_agg(e.event_id, ',' order by e.event_id) from relations.alert a "
                + "join relations.alert_evidence e on e.alert_id = a.id where a.merged_into is null "
                + "group by a.id, a.rule_name, a.kind, a.pair, a.severity, a.message, a.event_count")) {
            while (rs.next()) {
                alert(alerts, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7));
            }
        }
        return alerts;
    }

    /** Adds one alert row as its comparable key and value (see {@link #alerts(Statement)}). */
    static void alert(Map<String, String> alerts, String rule, String kind, String pair, String severity, String message,
            int eventCount, String eventIds) {
        boolean firstContact = "first_contact".equals(kind);
        String key = rule + " " + pair + (firstContact ? "" : " " + eventIds);
        String value = kind + " " + severity + (firstContact ? "" : " events=" + eventCount + " " + message);
        // Two alerts with one key would be a double count: keep both visible.
        alerts.merge(key, value, (x, y) -> x + " AND AGAIN " + y);
    }

    private static String row(ResultSet rs, int from, int to) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(String.valueOf(rs.getObject(i)));
        }
        return String.join(" | ", values);
    }
}
