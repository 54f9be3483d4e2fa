package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class RollupHistoryTest {

    private final TieScorer scorer = new TieScorer(ScoringParameters.defaults());
    private final RollupHistory history = new RollupHistory(scorer);

    @Test
    void historyMatchesTheLiveTieAtTheEndOfEachBucket() {
        Object[][] events = {
                { "2025-12-20T10:00:00Z", 6.0, true }, { "2026-01-03T09:00:00Z", -4.0, false },
                { "2026-01-03T18:00:00Z", 2.5, true }, { "2026-01-15T00:30:00Z", 9.5, false },
                { "2026-02-02T12:00:00Z", -9.0, true } };
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        Map<LocalDate, Integer> counts = new TreeMap<>();
        TieMasses live = TieMasses.EMPTY;
        List<TieMasses> liveAfterJan10 = new ArrayList<>();
        for (Object[] e : events) {
            Instant at = Instant.parse((String) e[0]);
            double w = (double) e[1];
            boolean fw = (boolean) e[2];
            live = scorer.add(live, w, at, fw);
            double r = scorer.rollupWeight(w, at);
            double[] sums = byDay.computeIfAbsent(TieScorer.dayOf(at), d -> new double[3]);
            sums[0] += r;
            sums[fw ? 1 : 2] += r;
            counts.merge(TieScorer.dayOf(at), 1, Integer::sum);
        }
        List<DayRollup> rollups = new ArrayList<>();
        byDay.forEach((day, s) -> rollups.add(new DayRollup(day, counts.get(day), s[0], s[1], s[2])));

        List<HistoryPoint> months = history.history(rollups, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"), Interval.MONTH);
        assertThat(months).extracting(HistoryPoint::eventCount).containsExactly(3, 1, 0);
        assertThat(months.get(0).end()).isEqualTo(LocalDate.parse("2026-01-31"));
        Instant endOfMarch = TieScorer.endOfDay(LocalDate.parse("2026-03-31"));
        assertThat(months.get(2).score()).isCloseTo(scorer.scoreAt(live.total(), live.asOf(), endOfMarch),
                within(1e-9));
        assertThat(months.get(2).scoreBackward()).isCloseTo(
                scorer.scoreAt(live.backward(), live.asOf(), endOfMarch), within(1e-9));
    }

    @Test
    void weeksStartOnMondayAndTheRangeIsClipped() {
        List<HistoryPoint> weeks = history.history(List.of(), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-14"), Interval.WEEK);
        assertThat(weeks).extracting(HistoryPoint::start).containsExactly(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-12"));
        assertThat(weeks.get(2).end()).isEqualTo(LocalDate.parse("2026-01-14"));
        assertThat(weeks).allSatisfy(p -> assertThat(p.score()).isZero());
    }

    @Test
    void aScoreFadesAfterItsLastEvent() {
        List<DayRollup> one = List.of(new DayRollup(LocalDate.parse("2026-01-01"), 1, 10.0, 10.0, 0.0));
        double early = history.scoreAt(one, LocalDate.parse("2026-01-01"));
        double later = history.scoreAt(one, LocalDate.parse("2026-04-01"));
        assertThat(early).isCloseTo(scorer.score(10.0), within(1e-9));
        assertThat(later).isCloseTo(scorer.score(5.0), within(1e-9));
    }
}
