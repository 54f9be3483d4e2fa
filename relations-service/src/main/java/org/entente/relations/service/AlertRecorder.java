package org.entente.relations.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.relations.domain.Alert;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.RuleSnapshot;

/**
 * Raises alerts inside the transaction that applies the event: the alert commits with the event or
 * not at all, so a crash loses none and a redelivered event (which {@link EventApplier} does not
 * apply again) raises none twice. Publishing happens after the commit, from the outbox.
 */
@ApplicationScoped
public class AlertRecorder {

    private final AlertEvaluator evaluator = new AlertEvaluator();

    @Inject
    EntityManager em;
    @Inject
    AlertRuleBook rules;
    @Inject
    AlertDispatcher dispatcher;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    MeterRegistry registry;

    void onApplied(@Observes(during = TransactionPhase.IN_PROGRESS) AppliedEvent event) {
        List<RuleSnapshot> enabled = rules.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        boolean tracksChange = enabled.stream().anyMatch(r -> r.spec().trigger() == AlertRuleSpec.Trigger.CHANGE);
        List<AlertMatch> matches = evaluator.evaluate(event, enabled, window -> scoreRange(event, window));
        if (tracksChange) {
            em.createNativeQuery("insert into alert_score_point (pair, event_time, score_before, score_after) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, event.pair().key()).setParameter(2, event.eventTime())
                    .setParameter(3, event.scoreBefore()).setParameter(4, event.scoreAfter())
                    .executeUpdate();
        }
        if (matches.isEmpty() && !event.joinedStory()) {
            return;
        }
        Instant now = Instant.now();
        Set<UUID> joinedRules = event.joinedStory() ? joinStoryAlerts(event, enabled, now) : Set.of();
        for (AlertMatch match : matches) {
            if (!joinedRules.contains(match.rule().id())) {
                record(match, event, now);
            }
        }
        if (matches.isEmpty() && joinedRules.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }

    private AlertEvaluator.ScoreRange scoreRange(AppliedEvent event, Duration window) {
        Object[] row = (Object[]) em.createNativeQuery("select min(least(score_before, score_after)), "
                        + "max(greatest(score_before, score_after)) from alert_score_point "
                        + "where pair = ?1 and event_time >= ?2 and event_time <= ?3")
                .setParameter(1, event.pair().key())
                .setParameter(2, event.eventTime().minus(window))
                .setParameter(3, event.eventTime())
                .getSingleResult();
        return row[0] == null ? null
                : new AlertEvaluator.ScoreRange(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue());
    }

    /** A new alert, or, within the rule's suppression window, one more event of the open alert. */
    private void record(AlertMatch match, AppliedEvent event, Instant now) {
        RuleSnapshot rule = match.rule();
        Alert open = rule.spec().suppressSeconds() <= 0 ? null : em.createQuery(
                        "from Alert where ruleId = ?1 and pair = ?2 and raisedAt >= ?3 order by raisedAt desc",
                        Alert.class)
                .setParameter(1, rule.id()).setParameter(2, event.pair().key())
                .setParameter(3, now.minusSeconds(rule.spec().suppressSeconds()))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (open == null) {
            Alert alert = newAlert(match, event, now);
            alert.persist();
            em.flush();
            addEvidence(alert.id, event, now);
            registry.counter("entente.relations.alerts", "outcome", "raised").increment();
            return;
        }
        join(open, event, now);
    }

    /**
     * A report that joins a story updates the alerts the story already raised (one per rule, the latest),
     * matching or not: the story is one event, told once more. @return the rules whose alert it joined
     */
    private Set<UUID> joinStoryAlerts(AppliedEvent event, List<RuleSnapshot> enabled, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (a.rule_id) cast(a.id as text), "
                        + "cast(a.rule_id as text) from alert a join alert_evidence e on e.alert_id = a.id "
                        + "join story_report r on r.event_id = e.event_id where r.story_id = ?1 and a.pair = ?2 "
                        + "order by a.rule_id, a.raised_at desc")
                .setParameter(1, event.storyId()).setParameter(2, event.pair().key()).getResultList();
        Set<UUID> enabledIds = new HashSet<>();
        enabled.forEach(rule -> enabledIds.add(rule.id()));
        Set<UUID> joined = new HashSet<>();
        for (Object[] row : rows) {
            UUID rule = UUID.fromString((String) row[1]);
            if (enabledIds.contains(rule)) {
                join(em.find(Alert.class, UUID.fromString((String) row[0])), event, now);
                joined.add(rule);
            }
        }
        return joined;
    }

    /** One more event of an alert: a new revision with its evidence, counts and times. */
    private void join(Alert open, AppliedEvent event, Instant now) {
        if (!addEvidence(open.id, event, now)) {
            return;
        }
        open.eventCount++;
        open.sourceCount = ((Number) em.createNativeQuery(
                        "select count(distinct article_url) from alert_evidence where alert_id = ?1")
                .setParameter(1, open.id).getSingleResult()).intValue();
        open.scoreAfter = event.scoreAfter();
        open.firstEventTime = event.eventTime().isBefore(open.firstEventTime) ? event.eventTime() : open.firstEventTime;
        open.lastEventTime = event.eventTime().isAfter(open.lastEventTime) ? event.eventTime() : open.lastEventTime;
        open.updatedAt = now;
        open.revision++;
        // Suppressed as a new alert: counted so operators see how much noise suppression absorbs.
        registry.counter("entente.relations.alerts", "outcome", "joined").increment();
    }

    private static Alert newAlert(AlertMatch match, AppliedEvent event, Instant now) {
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.ruleId = match.rule().id();
        alert.ruleName = match.rule().name();
        alert.severity = AlertRuleSpec.wire(match.rule().spec().severity());
        alert.kind = match.kind();
        alert.pair = event.pair().key();
        alert.first = event.pair().first();
        alert.second = event.pair().second();
        alert.message = match.message();
        alert.scoreBefore = event.scoreBefore();
        alert.scoreAfter = event.scoreAfter();
        alert.eventCount = 1;
        alert.sourceCount = 1;
        alert.firstEventTime = event.eventTime();
        alert.lastEventTime = event.eventTime();
        alert.raisedAt = now;
        alert.updatedAt = now;
        alert.revision = 1;
        return alert;
    }

    private boolean addEvidence(UUID alertId, AppliedEvent event, Instant now) {
        return em.createNativeQuery("insert into alert_evidence (alert_id, event_id, article_url, article_title, "
                        + "sentence, event_time, added_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, alertId).setParameter(2, event.eventId()).setParameter(3, event.articleUrl())
                .setParameter(4, event.articleTitle() == null ? "" : event.articleTitle())
                .setParameter(5, event.sentence()).setParameter(6, event.eventTime()).setParameter(7, now)
                .executeUpdate() == 1;
    }
}
