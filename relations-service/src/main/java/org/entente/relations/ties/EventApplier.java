package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Tie;
import org.entente.relations.domain.TieFold;
import org.entente.relations.domain.TieMasses;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.stories.PairStories;
import org.entente.relations.stories.Story;
import org.entente.relations.stories.StoryChange;
import org.entente.relations.stories.StoryReport;
import org.entente.relations.stories.StoryReports;
import org.entente.relations.stories.StoryStore;

/**
 * Applies events exactly once: in a single transaction it logs them (a known id is a no-op), joins each
 * to its story event (docs/tie-strength.md, "Story events"), then updates each touched pair's tie and
 * daily rollups from the stories that changed. Kafka may deliver twice; the database decides once.
 * A batch costs a handful of statements, not a few per event or pair: one log insert tells which events are
 * new, the touched ties are locked in one statement and written in one batch, the pairs' stored stories are read in
 * one statement and written in one batch, and each (pair, day) rollup is upserted once.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    private final DataSource dataSource;
    private final ActiveScoring scoring;
    private final EventLogWriter log;
    private final Event<AppliedEvent> applied;
    private final StoryStore stories;

    @Inject
    public EventApplier(DataSource dataSource, ActiveScoring scoring, EventLogWriter log,
            Event<AppliedEvent> applied, StoryStore stories) {
        this.dataSource = dataSource;
        this.scoring = scoring;
        this.log = log;
        this.applied = applied;
        this.stories = stories;
    }

    /** Bounds the parameters of one statement (PostgreSQL accepts at most 32,767). */
    private static final int EVENTS_PER_STEP = 1000;

    /**
     * Applies a batch in one transaction (one commit for many events), in the order given. Everything goes through
     * plain JDBC on the transaction's one connection: Hibernate's native queries, result mapping and flush cost more
     * than the statements themselves on this path (docs/reports/bench-2026-12-06-sr.md).
     *
     * @return how many were new; the others had been applied before (or earlier in the batch)
     */
    public int applyAll(List<CheckedEvent> events) {
        Map<String, CheckedEvent> firstById = new LinkedHashMap<>();
        for (CheckedEvent event : events) {
            firstById.putIfAbsent(event.id(), event);
        }
        List<CheckedEvent> distinct = new ArrayList<>(firstById.values());
        int count = 0;
        try (Connection connection = dataSource.getConnection()) {
            RecomputeLock.shared(connection);
            for (int from = 0; from < distinct.size(); from += EVENTS_PER_STEP) {
                List<AppliedEvent> outcomes = applyDistinct(connection,
                        distinct.subList(from, Math.min(distinct.size(), from + EVENTS_PER_STEP)));
                // Observers (alerting) see one event per newly applied event, in order, in this transaction.
                for (AppliedEvent outcome : outcomes) {
                    applied.fire(outcome);
                }
                count += outcomes.size();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply " + distinct.size() + " events: " + e.getMessage(), e);
        }
        return count;
    }

    private List<AppliedEvent> applyDistinct(Connection connection, List<CheckedEvent> events) throws SQLException {
        Set<String> fresh = log.insertNew(connection, events, Instant.now());
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<CheckedEvent> news = events.stream().filter(e -> fresh.contains(e.id())).toList();
        TieScorer scorer = scoring.scorer();
        Map<String, Tie> ties = lockTies(connection, news);
        StoryReports reports = stories.reports(scorer);
        Map<String, List<StoryReport>> freshByPair = new TreeMap<>();
        Map<String, StoryReport> reportOf = new HashMap<>();
        for (CheckedEvent event : news) {
            StoryReport report = reports.of(event);
            reportOf.put(event.id(), report);
            freshByPair.computeIfAbsent(NationPair.of(event.source(), event.target()).key(), k -> new ArrayList<>())
                    .add(report);
        }
        Map<NationPair, List<StoryReport>> freshByNations = new LinkedHashMap<>();
        freshByPair.forEach((pair, list) -> freshByNations.put(ties.get(pair).nationPair(), list));
        Map<String, PairStories> pairStories = new HashMap<>();
        stories.loadAll(connection, freshByNations, reports, scorer.parameters().stories())
                .forEach((pair, loaded) -> pairStories.put(pair.key(), loaded));
        RollupIncrements rollups = new RollupIncrements();
        List<AppliedEvent> outcomes = new ArrayList<>(news.size());
        for (CheckedEvent event : news) {
            NationPair pair = NationPair.of(event.source(), event.target());
            outcomes.add(fold(event, reportOf.get(event.id()), pairStories.get(pair.key()), ties.get(pair.key()),
                    scorer, rollups));
        }
        TieRows.write(connection, ties.values());
        stories.writeAll(connection, pairStories.values());
        rollups.write(connection);
        return outcomes;
    }

    /**
     * Adds one new event: it joins (or starts) its story, the tie takes the terms of the stories it replaced out and
     * those of the stories it made in (one for a join or a merge; more when telling named days apart split a story),
     * and the event is counted on its tie and its day ({@link TieFold}).
     */
    private static AppliedEvent fold(CheckedEvent event, StoryReport report, PairStories stories, Tie tie,
            TieScorer scorer, RollupIncrements rollups) {
        NationPair pair = stories.pair();
        Instant at = event.eventTime();
        StoryChange change = stories.add(report);
        List<TieScorer.Term> removed = new ArrayList<>(change.replaced().size());
        for (Story gone : change.replaced()) {
            removed.add(PairStories.term(gone, pair));
        }
        List<TieScorer.Term> added = new ArrayList<>(change.added().size());
        for (Story made : change.added()) {
            added.add(PairStories.term(made, pair));
        }

        TieFold fold = tie.fold(scorer);
        boolean firstContact = fold.eventCount() == 0;
        TieMasses before = fold.masses();
        TieFold.Days days = rollups.of(pair);
        fold.count(pair.isForward(event.source()), at, days);
        TieMasses after = fold.change(at, removed, added, days);
        tie.take(fold);

        return new AppliedEvent(event.id(), pair, event.source(), event.target(), report.type(), event.subtype(),
                event.modality(), at, report.weight(), scorer.score(scorer.valueAt(before.total(), before.asOf(), at)),
                scorer.score(scorer.valueAt(after.total(), after.asOf(), at)), firstContact, event.sentence(),
                event.articleUrl(), event.articleTitle(), change.story().id(), change.story().reportCount(),
                change.joined(), change.added().stream().map(Story::id).toList());
    }

    /** Every touched tie, locked once; a pair's placeholder row gets its first event's time. */
    private static Map<String, Tie> lockTies(Connection connection, List<CheckedEvent> news) throws SQLException {
        TreeMap<String, NationPair> pairs = new TreeMap<>();
        Map<String, Instant> firstSeen = new HashMap<>();
        for (CheckedEvent event : news) {
            NationPair pair = NationPair.of(event.source(), event.target());
            pairs.putIfAbsent(pair.key(), pair);
            firstSeen.putIfAbsent(pair.key(), event.eventTime());
        }
        return TieRows.lock(connection, pairs, firstSeen);
    }
}
