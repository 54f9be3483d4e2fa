package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The live path folds one event at a time into a stored tie, its story's term replacing the terms of
 * the stories it merged; the rebuild counts every event and folds the final stories at once. Both
 * must leave the same tie and day rows, bit for bit.
 */
class TieFoldTest {

    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private final TieScorer scorer = new TieScorer(ScoringParameters.defaults());

    /** A pair's day rows as the fold writes them. */
    private static final class DayRows implements TieFold.Days {
        final Map<LocalDate, DaySums> rows = new TreeMap<>();

        @Override
        public void countEvent(LocalDate day) {
            rows.computeIfAbsent(day, d -> new DaySums()).countEvent();
        }

        @Override
        public void addMass(LocalDate day, double rolled, boolean forward) {
            rows.computeIfAbsent(day, d -> new DaySums()).addMass(rolled, forward);
        }

        /** Count and exact sums per day, comparable by value. */
        Map<LocalDate, List<Object>> values() {
            Map<LocalDate, List<Object>> values = new TreeMap<>();
            rows.forEach((day, s) -> values.put(day, List.of(s.count(), s.total(), s.forward(), s.backward())));
            return values;
        }
    }

    @Test
    void oneEventAtATimeWithMergedStoriesEqualsTheRebuildToTheBit() {
        Random random = new Random(2026_12_04L);
        TieFold live = TieFold.empty(scorer);
        DayRows liveDays = new DayRows();
        List<TieScorer.Term> stories = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Instant at = T0.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 300)));
            boolean forward = random.nextBoolean();
            double weight = random.nextDouble() * 20 - 10;
            events.add(new Object[] { forward, at });
            // Resumed as EventApplier resumes a stored row: from its masses, counts and instants.
            live = TieFold.resume(scorer, live.masses(), live.eventCount(), live.countForward(),
                    live.countBackward(), live.first(), live.last(), live.exact());
            List<TieScorer.Term> removed = new ArrayList<>();
            TieScorer.Term added = new TieScorer.Term(weight, at, forward);
            if (!stories.isEmpty() && random.nextInt(3) == 0) {
                // The report joins a story: the story's old term leaves, its grown term comes in.
                TieScorer.Term joined = stories.remove(random.nextInt(stories.size()));
                removed.add(joined);
                added = new TieScorer.Term(joined.contribution() * 1.5 + weight,
                        joined.at().isBefore(at) ? joined.at() : at, joined.forward());
            }
            stories.add(added);
            live.count(forward, at, liveDays);
            live.change(at, removed, List.of(added), liveDays);
        }

        TieFold rebuilt = TieFold.empty(scorer);
        DayRows rebuiltDays = new DayRows();
        for (Object[] e : events) {
            rebuilt.count((boolean) e[0], (Instant) e[1], rebuiltDays);
        }
        rebuilt.change(rebuilt.last(), List.of(), stories, rebuiltDays);

        assertThat(rebuilt.masses()).isEqualTo(live.masses());
        assertThat(rebuilt.eventCount()).isEqualTo(400).isEqualTo(live.eventCount());
        assertThat(rebuilt.countForward()).isEqualTo(live.countForward());
        assertThat(rebuilt.countBackward()).isEqualTo(live.countBackward());
        assertThat(rebuilt.first()).isEqualTo(live.first());
        assertThat(rebuilt.last()).isEqualTo(live.last());
        assertThat(rebuiltDays.values()).isEqualTo(liveDays.values());
    }

    @Test
    void aReplacedTermLeavesItsDayAndTheTieExactlyAsItCame() {
        TieFold fold = TieFold.empty(scorer);
        DayRows days = new DayRows();
        TieScorer.Term story = new TieScorer.Term(3.3, T0, true);
        fold.count(true, T0, days);
        fold.change(T0, List.of(), List.of(story), days);
        fold.change(T0, List.of(story), List.of(), days);
        DaySums day = days.rows.get(TieScorer.dayOf(T0));
        assertThat(day.count()).isEqualTo(1);
        assertThat(day.total()).isEqualTo(ExactSum.ZERO);
        assertThat(day.forward()).isEqualTo(ExactSum.ZERO);
        assertThat(fold.masses().total()).isZero();
        assertThat(fold.masses().anchored()).isEqualTo(TieMasses.Anchored.ZERO);
    }

    @Test
    void anUndirectedStoryCountsHalfInEachDirectionWhicheverNationLeads() {
        DayRows forwardDays = new DayRows();
        DayRows backwardDays = new DayRows();
        TieFold forwardLead = TieFold.empty(scorer);
        TieFold backwardLead = TieFold.empty(scorer);
        forwardLead.change(T0, List.of(), List.of(new TieScorer.Term(5.387, T0, true, true)), forwardDays);
        backwardLead.change(T0, List.of(), List.of(new TieScorer.Term(5.387, T0, false, true)), backwardDays);

        assertThat(forwardLead.masses()).isEqualTo(backwardLead.masses());
        assertThat(forwardDays.values()).isEqualTo(backwardDays.values());
        TieMasses.Anchored sums = forwardLead.masses().anchored();
        assertThat(sums.forward()).isEqualTo(sums.backward());
        assertThat(sums.forward().plus(sums.backward())).isEqualTo(sums.total());
        assertThat(forwardLead.masses().forward()).isEqualTo(forwardLead.masses().total() / 2);
        DaySums day = forwardDays.rows.get(TieScorer.dayOf(T0));
        assertThat(day.forward()).isEqualTo(day.backward());
        assertThat(day.forward().plus(day.backward())).isEqualTo(day.total());

        TieScorer.Term term = new TieScorer.Term(5.387, T0, true, true);
        forwardLead.change(T0, List.of(term), List.of(), forwardDays);
        assertThat(forwardLead.masses().anchored()).isEqualTo(TieMasses.Anchored.ZERO);
        assertThat(forwardDays.rows.get(TieScorer.dayOf(T0)).backward()).isEqualTo(ExactSum.ZERO);
    }

    @Test
    void theFirstEventReplacesAPlaceholderRowsTimesAndCountsItsDirection() {
        Instant placeholder = T0.plus(Duration.ofDays(9));
        TieFold fold = TieFold.resume(scorer, TieMasses.EMPTY, 0, 0, 0, placeholder, placeholder, true);
        assertThat(fold.first()).isNull();
        DayRows days = new DayRows();
        fold.count(false, T0.plus(Duration.ofDays(3)), days);
        fold.count(true, T0, days);
        fold.count(false, T0.plus(Duration.ofDays(5)), days);
        assertThat(fold.first()).isEqualTo(T0);
        assertThat(fold.last()).isEqualTo(T0.plus(Duration.ofDays(5)));
        assertThat(fold.eventCount()).isEqualTo(3);
        assertThat(fold.countForward()).isEqualTo(1);
        assertThat(fold.countBackward()).isEqualTo(2);
        assertThat(days.rows).hasSize(3);
    }

    @Test
    void aTieCarriedOnFromDoublesStaysMarkedInexact() {
        TieMasses fromDoubles = scorer.fromDoubles(2.0, 2.0, 0.0, T0);
        TieFold fold = TieFold.resume(scorer, fromDoubles, 1, 1, 0, T0, T0, false);
        fold.count(true, T0.plusSeconds(60), new DayRows());
        fold.change(T0.plusSeconds(60), List.of(), List.of(new TieScorer.Term(1.0, T0.plusSeconds(60), true)),
                new DayRows());
        assertThat(fold.exact()).isFalse();
        assertThat(TieFold.empty(scorer).exact()).isTrue();
    }
}
