package org.entente.relations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Tie;
import org.entente.relations.domain.TieMasses;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.messaging.EventMessage;

/**
 * Applies one event exactly once: in a single transaction it logs the event (a known id is a no-op),
 * then updates the pair's tie and daily rollup. Kafka may deliver twice; the database decides once.
 */
@ApplicationScoped
@Transactional
public class EventApplier {

    @Inject
    EntityManager em;
    @Inject
    ActiveScoring scoring;
    @Inject
    EventLogWriter log;
    @Inject
    Event<AppliedEvent> applied;

    /**
     * Applies a batch in one transaction (one commit for many events), in the order given.
     *
     * @return how many were new; the others had been applied before
     */
    public int applyAll(List<EventMessage> events) {
        RecomputeLock.shared(em);
        int applied = 0;
        for (EventMessage event : events) {
            if (applyLocked(event)) {
                applied++;
            }
        }
        return applied;
    }

    /** @return false when the event had been applied before. */
    public boolean apply(EventMessage event) {
        RecomputeLock.shared(em);
        return applyLocked(event);
    }

    private boolean applyLocked(EventMessage event) {
        NationPair pair = NationPair.of(event.source(), event.target());
        if (!log.insertIfNew(event, pair, Instant.now())) {
            return false;
        }
        TieScorer scorer = scoring.scorer();
        EventType type = EventType.parse(event.type());
        Modality modality = Modality.parse(event.modality());
        double weight = scorer.weight(type, event.subtype(), modality, event.confidence());
        boolean forward = pair.isForward(event.source());
        Instant at = event.eventTime();

        Tie tie = lockTie(pair, at);
        boolean firstContact = tie.eventCount == 0;
        TieMasses before = firstContact ? TieMasses.EMPTY : tie.masses();
        TieMasses after = scorer.add(before, weight, at, forward);
        tie.setMasses(after);
        tie.eventCount++;
        if (forward) {
            tie.countForward++;
        } else {
            tie.countBackward++;
        }
        tie.firstEventAt = firstContact || at.isBefore(tie.firstEventAt) ? at : tie.firstEventAt;
        tie.lastEventAt = firstContact || at.isAfter(tie.lastEventAt) ? at : tie.lastEventAt;
        addToRollup(pair, scorer, weight, at, forward);

        applied.fire(new AppliedEvent(event.id(), pair, event.source(), event.target(), type, event.subtype(),
                modality, at, weight, scorer.score(scorer.valueAt(before.total(), before.asOf(), at)),
                scorer.score(scorer.valueAt(after.total(), after.asOf(), at)), firstContact, event.sentence(),
                event.articleUrl(), event.articleTitle()));
        return true;
    }

    /** Creates the tie row if missing (concurrent consumers may race here), then locks it. */
    private Tie lockTie(NationPair pair, Instant at) {
        em.createNativeQuery("insert into tie (pair, pair_first, pair_second, mass, mass_forward, mass_backward, "
                        + "as_of, event_count, count_forward, count_backward, first_event_at, last_event_at) "
                        + "values (?1, ?2, ?3, 0, 0, 0, ?4, 0, 0, 0, ?4, ?4) on conflict (pair) do nothing")
                .setParameter(1, pair.key())
                .setParameter(2, pair.first())
                .setParameter(3, pair.second())
                .setParameter(4, at)
                .executeUpdate();
        return em.find(Tie.class, pair.key(), LockModeType.PESSIMISTIC_WRITE);
    }

    private void addToRollup(NationPair pair, TieScorer scorer, double weight, Instant at, boolean forward) {
        double rolled = scorer.rollupWeight(weight, at);
        em.createNativeQuery("insert into daily_rollup (pair_first, pair_second, day, event_count, mass, "
                        + "mass_forward, mass_backward) values (?1, ?2, ?3, 1, ?4, ?5, ?6) "
                        + "on conflict (pair_first, pair_second, day) do update set "
                        + "event_count = daily_rollup.event_count + 1, mass = daily_rollup.mass + excluded.mass, "
                        + "mass_forward = daily_rollup.mass_forward + excluded.mass_forward, "
                        + "mass_backward = daily_rollup.mass_backward + excluded.mass_backward")
                .setParameter(1, pair.first())
                .setParameter(2, pair.second())
                .setParameter(3, TieScorer.dayOf(at))
                .setParameter(4, rolled)
                .setParameter(5, forward ? rolled : 0.0)
                .setParameter(6, forward ? 0.0 : rolled)
                .executeUpdate();
    }
}
