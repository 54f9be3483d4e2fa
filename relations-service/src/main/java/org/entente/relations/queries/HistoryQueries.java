package org.entente.relations.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.HistoryPoint;
import org.entente.relations.domain.Interval;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.RollupHistory;
import org.entente.relations.ties.ActiveScoring;

/** A pair's tie over time, rebuilt from daily rollups. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryQueries {

    private final ActiveScoring scoring;
    private final RollupReader rollups;

    public HistoryQueries(ActiveScoring scoring, RollupReader rollups) {
        this.scoring = scoring;
        this.rollups = rollups;
    }

    public record History(String pair, String forward, String backward, String interval, LocalDate from,
            LocalDate to, List<HistoryPoint> points) {
    }

    public History history(NationPair pair, LocalDate from, LocalDate to, Interval interval) {
        List<HistoryPoint> raw = new RollupHistory(scoring.scorer()).history(rollups.upTo(pair, to), from, to,
                interval);
        List<HistoryPoint> points = new ArrayList<>(raw.size());
        for (HistoryPoint p : raw) {
            points.add(new HistoryPoint(p.start(), p.end(), Views.round(p.score()), Views.round(p.scoreForward()),
                    Views.round(p.scoreBackward()), p.eventCount()));
        }
        return new History(pair.key(), pair.first() + ">" + pair.second(), pair.second() + ">" + pair.first(),
                interval.name().toLowerCase(), from, to, points);
    }
}
