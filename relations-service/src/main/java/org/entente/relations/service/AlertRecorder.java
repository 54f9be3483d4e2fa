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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.relations.domain.Alert;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
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
        Map<UUID, AlertMatch> matchOf = new HashMap<>();
        matches.forEach(m -> matchOf.put(m.rule().id(), m));
        // The event's story as this transaction leaves it (a later report of the same batch may already
        // have joined or merged it): its alerts and reports decide, not the order the reports came in.
        List<Object[]> story = storyReports(event);
        Map<UUID, Map<UUID, String>> storyAlerts = story.size() > 1 ? storyAlerts(event) : Map.of();
        Instant now = Instant.now();
        boolean changed = false;
        for (RuleSnapshot rule : enabled) {
            AlertMatch match = matchOf.get(rule.id());
            Map<UUID, String> existing = storyAlerts.getOrDefault(rule.id(), Map.of());
            if (existing.isEmpty() && match == null) {
                continue;
            }
            boolean describesStory = rule.spec().trigger() == AlertRuleSpec.Trigger.EVENT;
            List<StoryAlertPlan.Report> reports = new ArrayList<>(story.size());
            for (Object[] row : story) {
                reports.add(new StoryAlertPlan.Report((String) row[0], describesStory && rule.spec().watches(event.pair())
                        ? AlertEvaluator.onEvent(rule.spec(), EventType.parse((String) row[1]), (String) row[2],
                                Modality.parse((String) row[3]), (String) row[4], (String) row[5]) : null));
            }
            StoryAlertPlan.Plan plan = StoryAlertPlan.plan(existing, reports, describesStory, match != null).orElse(null);
            if (plan == null) {
                continue;
            }
            if (plan.keep() == null) {
                record(match, plan.message() == null ? match.message() : plan.message(), event, now);
            } else {
                Alert alert = em.find(Alert.class, plan.keep());
                absorb(alert, plan.absorbed());
                gather(alert, event, plan.message(), !plan.absorbed().isEmpty(), now);
            }
            changed = true;
        }
        if (!changed) {
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

    /** id, type, subtype, modality, source, target of every report of the event's story (just the event when none). */
    @SuppressWarnings("unchecked")
    private List<Object[]> storyReports(AppliedEvent event) {
        return em.createNativeQuery("select e.id, e.type, e.subtype, e.modality, e.source, e.target from event_log e "
                        + "join story_report r on r.event_id = e.id where r.story_id = "
                        + "(select story_id from story_report where event_id = ?1)")
                .setParameter(1, event.eventId()).getResultList();
    }

    /** The alerts with evidence in the event's story, by rule: each with the smallest event id of its evidence. */
    private Map<UUID, Map<UUID, String>> storyAlerts(AppliedEvent event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(a.id as text), cast(a.rule_id as text), min(e.event_id) "
                        + "from alert a join alert_evidence e on e.alert_id = a.id where a.pair = ?2 and a.id in "
                        + "(select x.alert_id from alert_evidence x join story_report r on r.event_id = x.event_id "
                        + "where r.story_id = (select story_id from story_report where event_id = ?1)) "
                        + "group by a.id, a.rule_id")
                .setParameter(1, event.eventId()).setParameter(2, event.pair().key()).getResultList();
        Map<UUID, Map<UUID, String>> byRule = new HashMap<>();
        for (Object[] row : rows) {
            byRule.computeIfAbsent(UUID.fromString((String) row[1]), k -> new HashMap<>())
                    .put(UUID.fromString((String) row[0]), (String) row[2]);
        }
        return byRule;
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

    /** A new alert, or, within the rule's suppression window, one more story of the open alert. */
    private void record(AlertMatch match, String message, AppliedEvent event, Instant now) {
        RuleSnapshot rule = match.rule();
        Alert open = rule.spec().suppressSeconds() <= 0 ? null : em.createQuery(
                        "from Alert where ruleId = ?1 and pair = ?2 and raisedAt >= ?3 order by raisedAt desc",
                        Alert.class)
                .setParameter(1, rule.id()).setParameter(2, event.pair().key())
                .setParameter(3, now.minusSeconds(rule.spec().suppressSeconds()))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (open == null) {
            Alert alert = newAlert(match, message, event, now);
            alert.persist();
            em.flush();
            addStoryEvidence(alert.id, event, now);
            count(alert);
            registry.counter("entente.relations.alerts", "outcome", "raised").increment();
            return;
        }
        gather(open, event, null, false, now);
    }

    /**
     * Stories merged by a bridging report: their alerts of one rule become the kept one (evidence moved,
     * the others deleted with their publications), so a story has one alert per rule in every order.
     */
    private void absorb(Alert keep, List<UUID> absorbed) {
        for (UUID gone : absorbed) {
            em.createNativeQuery("insert into alert_evidence (alert_id, event_id, article_url, article_title, sentence, "
                            + "event_time, added_at) select ?1, event_id, article_url, article_title, sentence, event_time, "
                            + "added_at from alert_evidence where alert_id = ?2 on conflict do nothing")
                    .setParameter(1, keep.id).setParameter(2, gone).executeUpdate();
            em.remove(em.find(Alert.class, gone));
            registry.counter("entente.relations.alerts", "outcome", "merged").increment();
        }
    }

    /**
     * The alert takes every report of the event's story: a new revision when that added evidence, merged
     * alerts or changed the message (null: keep it).
     */
    private void gather(Alert alert, AppliedEvent event, String message, boolean merged, Instant now) {
        int added = addStoryEvidence(alert.id, event, now);
        boolean reworded = message != null && !message.equals(alert.message);
        if (added == 0 && !merged && !reworded) {
            return;
        }
        if (reworded) {
            alert.message = message;
        }
        count(alert);
        alert.scoreAfter = event.scoreAfter();
        alert.updatedAt = now;
        alert.revision++;
        // Suppressed as a new alert: counted so operators see how much noise suppression absorbs.
        registry.counter("entente.relations.alerts", "outcome", "joined").increment();
    }

    /** Counts and times from the alert's evidence, so they never depend on the order it was gathered in. */
    private void count(Alert alert) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), count(distinct article_url), min(event_time), "
                        + "max(event_time) from alert_evidence where alert_id = ?1")
                .setParameter(1, alert.id).getSingleResult();
        alert.eventCount = ((Number) row[0]).intValue();
        alert.sourceCount = ((Number) row[1]).intValue();
        alert.firstEventTime = instant(row[2], alert.firstEventTime);
        alert.lastEventTime = instant(row[3], alert.lastEventTime);
    }

    private static Instant instant(Object value, Instant otherwise) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return otherwise;
    }

    private static Alert newAlert(AlertMatch match, String message, AppliedEvent event, Instant now) {
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.ruleId = match.rule().id();
        alert.ruleName = match.rule().name();
        alert.severity = AlertRuleSpec.wire(match.rule().spec().severity());
        alert.kind = match.kind();
        alert.pair = event.pair().key();
        alert.first = event.pair().first();
        alert.second = event.pair().second();
        alert.message = message;
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

    /** Every report of the event's story (at least the event) as evidence. @return how many were new */
    private int addStoryEvidence(UUID alertId, AppliedEvent event, Instant now) {
        int added = em.createNativeQuery("insert into alert_evidence (alert_id, event_id, article_url, article_title, "
                        + "sentence, event_time, added_at) select ?1, e.id, e.article_url, coalesce(e.article_title, ''), "
                        + "e.sentence, e.event_time, ?2 from event_log e join story_report r on r.event_id = e.id "
                        + "where r.story_id = (select story_id from story_report where event_id = ?3) on conflict do nothing")
                .setParameter(1, alertId).setParameter(2, now).setParameter(3, event.eventId()).executeUpdate();
        return added + addEvidence(alertId, event, now);
    }

    private int addEvidence(UUID alertId, AppliedEvent event, Instant now) {
        return em.createNativeQuery("insert into alert_evidence (alert_id, event_id, article_url, article_title, "
                        + "sentence, event_time, added_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, alertId).setParameter(2, event.eventId()).setParameter(3, event.articleUrl())
                .setParameter(4, event.articleTitle() == null ? "" : event.articleTitle())
                .setParameter(5, event.sentence()).setParameter(6, event.eventTime()).setParameter(7, now)
                .executeUpdate();
    }
}
