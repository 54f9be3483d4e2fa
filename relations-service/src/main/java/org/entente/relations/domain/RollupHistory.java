package org.entente.relations.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a pair's scores over time from its daily rollups. Each rollup holds weights decayed to the
 * end of its day, so the value at the end of day D is the sum of rollups d &lt;= D, each decayed by
 * (D - d) days: the same number the live tie would have shown at that instant.
 */
public final class RollupHistory {

    private final TieScorer scorer;

    public RollupHistory(TieScorer scorer) {
        this.scorer = scorer;
    }

    /** @param rollups the pair's rollups up to {@code to} (earlier ones too), sorted by day */
    public List<HistoryPoint> history(List<DayRollup> rollups, LocalDate from, LocalDate to, Interval interval) {
        List<HistoryPoint> points = new ArrayList<>();
        Running running = new Running();
        int next = 0;
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = interval.bucketEnd(start);
            if (end.isAfter(to)) {
                end = to;
            }
            int events = 0;
            while (next < rollups.size() && !rollups.get(next).day().isAfter(end)) {
                DayRollup r = rollups.get(next++);
                running.add(r);
                if (!r.day().isBefore(start)) {
                    events += r.eventCount();
                }
            }
            running.advanceTo(end);
            points.add(new HistoryPoint(start, end, scorer.score(running.total), scorer.score(running.forward),
                    scorer.score(running.backward), events));
            start = end.plusDays(1);
        }
        return points;
    }

    /** The score at the end of {@code day}. */
    public double scoreAt(List<DayRollup> rollups, LocalDate day) {
        List<HistoryPoint> one = history(rollups, day, day, Interval.DAY);
        return one.get(0).score();
    }

    /** Masses decayed to the end of {@code day}. */
    private final class Running {
        private LocalDate day;
        private double total;
        private double forward;
        private double backward;

        void add(DayRollup r) {
            advanceTo(r.day());
            total += r.mass();
            forward += r.forward();
            backward += r.backward();
        }

        void advanceTo(LocalDate target) {
            if (day != null && target.isAfter(day)) {
                double d = scorer.decayDays(ChronoUnit.DAYS.between(day, target));
                total *= d;
                forward *= d;
                backward *= d;
            }
            if (day == null || target.isAfter(day)) {
                day = target;
            }
        }
    }
}
