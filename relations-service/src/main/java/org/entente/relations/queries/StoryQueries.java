package org.entente.relations.queries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.relations.domain.TieScorer;
import org.entente.relations.stories.EventDays;
import org.entente.relations.ties.ActiveScoring;

/** Lists story events newest first (by first report), with keyset paging like the events. */
@ApplicationScoped
public class StoryQueries {

    /** The most reports one story lists; {@code reportCount} still counts all. */
    public static final int MAX_REPORTS = 200;

    private static final String REPORTS = "select r.story_id, e.id, e.article_id, e.article_url, e.article_title, "
            + "r.outlet, e.sentence, e.event_time, e.trigger_text from story_report r join event_log e on e.id = r.event_id "
            + "where r.story_id = any (?) order by r.story_id, e.event_time, e.id";

    private final DataSource dataSource;
    private final ActiveScoring scoring;

    public StoryQueries(DataSource dataSource, ActiveScoring scoring) {
        this.dataSource = dataSource;
        this.scoring = scoring;
    }

    public StoryViews.Page list(StoryFilter filter, EventCursor after, int limit) {
        StringBuilder sql = new StringBuilder("select id, type, source, target, first_reported_at, last_reported_at, "
                + "outlet_count, report_count, weight, corroboration, outlets, pair_first || '|' || pair_second "
                + "from story where true");
        List<Object> params = new ArrayList<>();
        if (filter.nation() != null) {
            sql.append(" and (source = ? or target = ?)");
            params.add(filter.nation());
            params.add(filter.nation());
        }
        if (filter.pair() != null) {
            sql.append(" and pair_first = ? and pair_second = ?");
            params.add(filter.pair().first());
            params.add(filter.pair().second());
        }
        if (filter.type() != null) {
            sql.append(" and type = ?");
            params.add(filter.type());
        }
        if (filter.since() != null) {
            sql.append(" and first_reported_at >= ?");
            params.add(utc(filter.since()));
        }
        if (filter.until() != null) {
            sql.append(" and first_reported_at < ?");
            params.add(utc(filter.until()));
        }
        if (after != null) {
            sql.append(" and (first_reported_at < ? or (first_reported_at = ? and id < ?))");
            params.add(utc(after.eventTime()));
            params.add(utc(after.eventTime()));
            params.add(after.id());
        }
        sql.append(" order by first_reported_at desc, id desc limit ?");
        params.add(limit + 1);
        TieScorer scorer = scoring.scorer();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    if (p instanceof OffsetDateTime) {
                        read.setObject(i + 1, p, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        read.setObject(i + 1, p);
                    }
                }
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class).toInstant(),
                                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getInt(8),
                                rs.getDouble(9), rs.getDouble(10), rs.getString(11), rs.getString(12)));
                    }
                }
            }
            List<Row> page = rows.subList(0, Math.min(limit, rows.size()));
            Map<String, List<StoryViews.ReportView>> reports = reports(c, page);
            Map<String, Double> sums = tieSums(c, page, scorer, now);
            List<StoryViews.StoryView> stories = new ArrayList<>(page.size());
            for (Row r : page) {
                double contribution = r.weight * r.corroboration * scorer.decay(r.first, now);
                double sum = sums.getOrDefault(r.pair, contribution);
                // On the tie's own scale: how much lower (or higher) the score would be without this story.
                double scoreContribution = scorer.score(sum) - scorer.score(sum - contribution);
                stories.add(new StoryViews.StoryView(r.id, r.type, r.source, r.target, r.first, r.last, r.outletCount,
                        r.reportCount, round(r.weight), round(contribution), round(scoreContribution),
                        r.outlets.isEmpty() ? List.of() : Arrays.asList(r.outlets.split(" ")),
                        reports.getOrDefault(r.id, List.of())));
            }
            String next = rows.size() > limit ? new EventCursor(page.get(limit - 1).first, page.get(limit - 1).id)
                    .encode() : null;
            return new StoryViews.Page(List.copyOf(stories), next, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list stories: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<StoryViews.ReportView>> reports(Connection c, List<Row> page) throws SQLException {
        Map<String, List<StoryViews.ReportView>> reports = new HashMap<>();
        if (page.isEmpty()) {
            return reports;
        }
        try (PreparedStatement read = c.prepareStatement(REPORTS)) {
            read.setArray(1, c.createArrayOf("varchar", page.stream().map(r -> r.id).toArray()));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    List<StoryViews.ReportView> list = reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (list.size() < MAX_REPORTS) {
                        Instant published = rs.getObject(8, OffsetDateTime.class).toInstant();
                        EventDays.Span days = EventDays.span(rs.getString(7), rs.getString(9), published);
                        list.add(new StoryViews.ReportView(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), published,
                                days == null ? null : days.first()));
                    }
                }
            }
        }
        return reports;
    }

    /** Each listed story's tie sum S (undirected) decayed to {@code now}, by pair key. */
    private static Map<String, Double> tieSums(Connection c, List<Row> page, TieScorer scorer, Instant now)
            throws SQLException {
        Map<String, Double> sums = new HashMap<>();
        if (page.isEmpty()) {
            return sums;
        }
        try (PreparedStatement read = c.prepareStatement("select pair, mass, as_of from tie where pair = any (?)")) {
            read.setArray(1, c.createArrayOf("varchar", page.stream().map(r -> r.pair).distinct().toArray()));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime asOf = rs.getObject(3, OffsetDateTime.class);
                    sums.put(rs.getString(1), scorer.valueAt(rs.getDouble(2), asOf == null ? null : asOf.toInstant(), now));
                }
            }
        }
        return sums;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private record Row(String id, String type, String source, String target, Instant first, Instant last,
            int outletCount, int reportCount, double weight, double corroboration, String outlets, String pair) {
    }
}
