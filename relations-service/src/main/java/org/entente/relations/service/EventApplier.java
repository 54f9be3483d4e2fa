package org.entente.relations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Tie;
import org.entente.relations.domain.TieMasses;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.messaging.EventMessage;

/**
 * Applies events exactly once: in a single transaction it logs them (a known id is a no-op), then
 * updates each touched pair's tie and daily rollups. Kafka may deliver twice; the database decides once.
 * A batch costs a handful of statements, not a few per event: one log insert tells which events are
 * new, each touched tie is locked and written once, each (pair, day) rollup is upserted once.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;
    @Inject
    ActiveScoring scoring;
    @Inject
    EventLogWriter log;
    @Inject
    Event<AppliedEvent> applied;

    /** Bounds the parameters of one statement (PostgreSQL accepts at most 32,767). */
    private static final int EVENTS_PER_STEP = 1000;

    /**
     * Applies a batch in one transaction (one commit for many events), in the order given.
     *
     * @return how many were new; the others had been applied before (or earlier in the batch)
     */
    public int applyAll(List<EventMessage> events) {
        RecomputeLock.shared(em);
        Map<String, EventMessage> firstById = new LinkedHashMap<>();
        for (EventMessage event : events) {
            firstById.putIfAbsent(event.id(), event);
        }
        List<EventMessage> distinct = new ArrayList<>(firstById.values());
        int count = 0;
        for (int from = 0; from < distinct.size(); from += EVENTS_PER_STEP) {
            count += applyDistinct(distinct.subList(from, Math.min(distinct.size(), from + EVENTS_PER_STEP)));
        }
        return count;
    }

    private int applyDistinct(List<EventMessage> events) {
        Set<String> fresh = log.insertNew(events, Instant.now());
        if (fresh.isEmpty()) {
            return 0;
        }
        List<EventMessage> news = events.stream().filter(e -> fresh.contains(e.id())).toList();
        TieScorer scorer = scoring.scorer();
        Map<String, Tie> ties = lockTies(news);
        RollupIncrements rollups = new RollupIncrements();
        List<AppliedEvent> outcomes = new ArrayList<>(news.size());
        for (EventMessage event : news) {
            NationPair pair = NationPair.of(event.source(), event.target());
            outcomes.add(fold(event, pair, ties.get(pair.key()), scorer, rollups));
        }
        try (Connection connection = dataSource.getConnection()) {
            rollups.write(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not update daily rollups: " + e.getMessage(), e);
        }
        // Observers (alerting) see one event per newly applied event, in order, in this transaction.
        for (AppliedEvent outcome : outcomes) {
            applied.fire(outcome);
        }
        return news.size();
    }

    /** @return false when the event had been applied before. */
    public boolean apply(EventMessage event) {
        return applyAll(List.of(event)) == 1;
    }

    /** Adds one new event to its (locked, managed) tie and to the batch's rollups. */
    private static AppliedEvent fold(EventMessage event, NationPair pair, Tie tie, TieScorer scorer,
            RollupIncrements rollups) {
        EventType type = EventType.parse(event.type());
        Modality modality = Modality.parse(event.modality());
        double weight = scorer.weight(type, event.subtype(), modality, event.confidence());
        boolean forward = pair.isForward(event.source());
        Instant at = event.eventTime();

        boolean firstContact = tie.eventCount == 0;
        TieMasses before = tie.masses(scorer);
        TieMasses after = scorer.add(before, weight, at, forward);
        tie.add(after, forward, at);
        rollups.add(pair, TieScorer.dayOf(at), scorer.rollupWeight(weight, at), forward);

        return new AppliedEvent(event.id(), pair, event.source(), event.target(), type, event.subtype(),
                modality, at, weight, scorer.score(scorer.valueAt(before.total(), before.asOf(), at)),
                scorer.score(scorer.valueAt(after.total(), after.asOf(), at)), firstContact, event.sentence(),
                event.articleUrl(), event.articleTitle());
    }

    /**
     * Creates the missing tie rows (concurrent consumers may race here), then locks every touched tie
     * once, in pair order so that consumers sharing pairs never deadlock.
     */
    private Map<String, Tie> lockTies(List<EventMessage> news) {
        TreeMap<String, NationPair> pairs = new TreeMap<>();
        Map<String, Instant> firstSeen = new HashMap<>();
        for (EventMessage event : news) {
            NationPair pair = NationPair.of(event.source(), event.target());
            pairs.putIfAbsent(pair.key(), pair);
            firstSeen.putIfAbsent(pair.key(), event.eventTime());
        }
        try (Connection connection = dataSource.getConnection()) {
            insertMissingTies(connection, pairs, firstSeen);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create ties: " + e.getMessage(), e);
        }
        List<Tie> locked = em.createQuery("from Tie where pair in ?1 order by pair", Tie.class)
                .setParameter(1, pairs.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
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
