package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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
import jakarta.persistence.EntityManager;
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
 * A batch costs a handful of statements, not a few per event: one log insert tells which events are
 * new, each touched tie is locked and written once, each (pair, day) rollup is upserted once.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    private final EntityManager em;
    private final DataSource dataSource;
    private final ActiveScoring scoring;
    private final EventLogWriter log;
    private final Event<AppliedEvent> applied;
    private final StoryStore stories;

    @Inject
    public EventApplier(EntityManager em, DataSource dataSource, ActiveScoring scoring, EventLogWriter log,
            Event<AppliedEvent> applied, StoryStore stories) {
        this.em = em;
        this.dataSource = dataSource;
        this.scoring = scoring;
        this.log = log;
        this.applied = applied;
        this.stories = stories;
    }

    /** The touched ties, each locked once, in pair order so that consumers sharing pairs never deadlock. */
    private static final String LOCK_TIES = "select * from tie where pair = any (?1) order by pair for update";

    /** Bounds the parameters of one statement (PostgreSQL accepts at most 32,767). */
    private static final int EVENTS_PER_STEP = 1000;

    /**
     * Applies a batch in one transaction (one commit for many events), in the order given.
     *
     * @return how many were new; the others had been applied before (or earlier in the batch)
     */
    public int applyAll(List<CheckedEvent> events) {
        RecomputeLock.shared(em);
        Map<String, CheckedEvent> firstById = new LinkedHashMap<>();
        for (CheckedEvent event : events) {
            firstById.putIfAbsent(event.id(), event);
        }
        List<CheckedEvent> distinct = new ArrayList<>(firstById.values());
        int count = 0;
        for (int from = 0; from < distinct.size(); from += EVENTS_PER_STEP) {
            count += applyDistinct(distinct.subList(from, Math.min(distinct.size(), from + EVENTS_PER_STEP)));
        }
        return count;
    }

    private int applyDistinct(List<CheckedEvent> events) {
        Set<String> fresh = log.insertNew(events, Instant.now());
        if (fresh.isEmpty()) {
            return 0;
        }
        List<CheckedEvent> news = events.stream().filter(e -> fresh.contains(e.id())).toList();
        TieScorer scorer = scoring.scorer();
        Map<String, Tie> ties = lockTies(news);
        StoryReports reports = stories.reports(scorer);
        Map<String, List<StoryReport>> freshByPair = new TreeMap<>();
        for (CheckedEvent event : news) {
            freshByPair.computeIfAbsent(NationPair.of(event.source(), event.target()).key(), k -> new ArrayList<>())
                    .add(reports.of(event));
        }
        RollupIncrements rollups = new RollupIncrements();
        List<AppliedEvent> outcomes = new ArrayList<>(news.size());
        try (Connection connection = dataSource.getConnection()) {
            Map<String, PairStories> pairStories = new HashMap<>();
            for (Map.Entry<String, List<StoryReport>> pair : freshByPair.entrySet()) {
                NationPair nations = ties.get(pair.getKey()).nationPair();
                pairStories.put(pair.getKey(), stories.load(connection, nations, pair.getValue(), reports,
                        scorer.parameters().stories()));
            }
            Map<String, StoryReport> reportOf = new HashMap<>();
            freshByPair.values().forEach(list -> list.forEach(r -> reportOf.put(r.eventId(), r)));
            for (CheckedEvent event : news) {
                NationPair pair = NationPair.of(event.source(), event.target());
                outcomes.add(fold(event, reportOf.get(event.id()), pairStories.get(pair.key()), ties.get(pair.key()),
                        scorer, rollups));
            }
            for (PairStories changed : pairStories.values()) {
                stories.write(connection, changed);
            }
            rollups.write(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not update stories and daily rollups: " + e.getMessage(), e);
        }
        // Observers (alerting) see one event per newly applied event, in order, in this transaction.
        for (AppliedEvent outcome : outcomes) {
            applied.fire(outcome);
        }
        return news.size();
    }

    /**
     * Adds one new event: it joins (or starts) its story, the tie takes the replaced stories' terms out and
     * the story's new term in, and the event is counted on its tie and its day ({@link TieFold}).
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
        TieScorer.Term added = PairStories.term(change.story(), pair);

        TieFold fold = tie.fold(scorer);
        boolean firstContact = fold.eventCount() == 0;
        TieMasses before = fold.masses();
        TieFold.Days days = rollups.of(pair);
        fold.count(pair.isForward(event.source()), at, days);
        TieMasses after = fold.change(at, removed, List.of(added), days);
        tie.take(fold);

        return new AppliedEvent(event.id(), pair, event.source(), event.target(), report.type(), event.subtype(),
                event.modality(), at, report.weight(), scorer.score(scorer.valueAt(before.total(), before.asOf(), at)),
                scorer.score(scorer.valueAt(after.total(), after.asOf(), at)), firstContact, event.sentence(),
                event.articleUrl(), event.articleTitle(), change.story().id(), change.story().reportCount(),
                change.joined());
    }

    /**
     * Creates the missing tie rows (concurrent consumers may race here), then locks every touched tie
     * once, in pair order so that consumers sharing pairs never deadlock.
     */
    private Map<String, Tie> lockTies(List<CheckedEvent> news) {
        TreeMap<String, NationPair> pairs = new TreeMap<>();
        Map<String, Instant> firstSeen = new HashMap<>();
        for (CheckedEvent event : news) {
            NationPair pair = NationPair.of(event.source(), event.target());
            pairs.putIfAbsent(pair.key(), pair);
            firstSeen.putIfAbsent(pair.key(), event.eventTime());
        }
        try (Connection connection = dataSource.getConnection()) {
            insertMissingTies(connection, pairs, firstSeen);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create ties: " + e.getMessage(), e);
        }
        // SQL of one shape for any number of pairs: an HQL "in" list was translated again for every batch size
        // (docs/reports/bench-2026-12-06-ld.md: the translation was half of this method's samples).
        @SuppressWarnings("unchecked")
        List<Tie> locked = em.createNativeQuery(LOCK_TIES, Tie.class)
                .setParameter(1, pairs.keySet().toArray(String[]::new))
                .getResultList();
        Map<String, Tie> byPair = new HashMap<>();
        for (Tie tie : locked) {
            byPair.put(tie.pair, tie);
        }
        return byPair;
    }

    /** Placeholder rows (no events yet) are filled in by the fold; their times are overwritten. */
    private static void insertMissingTies(Connection connection, TreeMap<String, NationPair> pairs,
            Map<String, Instant> firstSeen) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into tie (pair, pair_first, pair_second, mass, mass_forward, "
                + "mass_backward, as_of, event_count, count_forward, count_backward, first_event_at, last_event_at) "
                + "values ");
        for (int i = 0; i < pairs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, 0, 0, 0, ?, 0, 0, 0, ?, ?)");
        }
        sql.append(" on conflict (pair) do nothing");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int at = 0;
            for (NationPair pair : pairs.values()) {
                Object time = EventLogWriter.utc(firstSeen.get(pair.key()));
                insert.setString(++at, pair.key());
                insert.setString(++at, pair.first());
                insert.setString(++at, pair.second());
                insert.setObject(++at, time, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(++at, time, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(++at, time, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            insert.executeUpdate();
        }
    }
}
