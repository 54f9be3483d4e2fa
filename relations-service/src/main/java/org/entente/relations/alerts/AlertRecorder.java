package org.entente.relations.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.entente.relations.domain.Alert;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.RuleSnapshot;
import org.entente.relations.ties.AppliedEvent;
import org.entente.relations.ties.EventApplier;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Raises alerts inside the transaction that applies the event: the alert commits with the event or
 * not at all, so a crash loses none and a redelivered event (which {@link EventApplier} does not
 * apply again) raises none twice. Publishing happens after the commit, from the outbox.
 */
@ApplicationScoped
public class AlertRecorder {

    private final AlertEvaluator evaluator = new AlertEvaluator();

    private final AlertStore store;
    private final AlertRuleBook rules;
    private final AlertDispatcher dispatcher;
    private final TransactionSynchronizationRegistry transactions;
    private final MeterRegistry registry;

    public AlertRecorder(AlertStore store, AlertRuleBook rules, AlertDispatcher dispatcher,
            TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.store = store;
        this.rules = rules;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.registry = registry;
    }

    void onApplied(@Observes(during = TransactionPhase.IN_PROGRESS) AppliedEvent event) {
        List<RuleSnapshot> enabled = rules.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        boolean tracksChange = enabled.stream().anyMatch(r -> r.spec().trigger() == AlertRuleSpec.Trigger.CHANGE);
        List<AlertMatch> matches = evaluator.evaluate(event, enabled, window -> store.scoreRange(event, window));
        if (tracksChange) {
            store.addScorePoint(event);
        }
        Map<UUID, AlertMatch> matchOf = new HashMap<>();
        matches.forEach(m -> matchOf.put(m.rule().id(), m));
        Instant now = Instant.now();
        List<RuleSnapshot> perStory = enabled.stream().filter(r -> r.spec().suppressSeconds() <= 0).toList();
        boolean changed = followStories(event, perStory, matchOf, now);
        List<RuleSnapshot> suppressing = enabled.stream().filter(r -> r.spec().suppressSeconds() > 0).toList();
        changed |= !suppressing.isEmpty() && gatherStory(event, suppressing, matchOf, now);
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

    /**
     * Rules that never suppress keep one alert per story, and their alerts follow the stories the event's change
     * touched: merged, split or moved ({@link StoryAlertFollowing}). The stories are read as the transaction leaves
     * them, so a later report of the same batch has already had its say.
     */
    private boolean followStories(AppliedEvent event, List<RuleSnapshot> rules, Map<UUID, AlertMatch> matchOf,
            Instant now) {
        if (rules.isEmpty()) {
            return false;
        }
        List<String> touched = new ArrayList<>(event.storiesMade());
        touched.add(event.eventId());
        Set<String> stories = store.storiesOf(touched);
        String eventStory = store.storiesOf(List.of(event.eventId())).stream().findFirst().orElse(null);
        StoryScope scope = store.storyScope(event.pair().key(), stories);
        boolean changed = false;
        for (RuleSnapshot rule : rules) {
            AlertMatch match = matchOf.get(rule.id());
            Map<UUID, Set<String>> evidence = new HashMap<>();
            scope.alerts().stream().filter(a -> a.ruleId().equals(rule.id()))
                    .forEach(a -> evidence.put(a.id(), a.evidence()));
            if (evidence.isEmpty() && match == null) {
                continue;
            }
            boolean describesStory = rule.spec().trigger() == AlertRuleSpec.Trigger.EVENT;
            Map<String, List<StoryAlertPlan.Report>> reports = new HashMap<>();
            scope.reports().forEach((story, rows) -> reports.put(story, rows.stream()
                    .map(row -> report(rule, describesStory, row)).toList()));
            for (StoryAlertFollowing.Outcome outcome : StoryAlertFollowing.plan(reports, evidence, describesStory,
                    eventStory, match != null)) {
                changed |= follow(rule, match, outcome, event, now);
            }
        }
        return changed;
    }

    private boolean follow(RuleSnapshot rule, AlertMatch match, StoryAlertFollowing.Outcome outcome, AppliedEvent event,
            Instant now) {
        if (outcome.keep() == null) {
            String message = outcome.message() != null ? outcome.message() : match.message();
            AlertMatch raised = match != null ? match
                    : new AlertMatch(rule, AlertRuleSpec.wire(rule.spec().trigger()), message);
            Alert alert = newAlert(raised, message, event, now);
            store.insert(alert);
            store.followStory(alert.id, outcome.storyId(), now);
            store.count(alert);
            registry.counter("entente.relations.alerts", "outcome", "raised").increment();
            return true;
        }
        Alert alert = store.find(outcome.keep());
        absorb(alert, outcome.absorbed(), now);
        int moved = store.followStory(alert.id, outcome.storyId(), now);
        return revise(alert, event, outcome.message(), moved, !outcome.absorbed().isEmpty(), now);
    }

    private static StoryAlertPlan.Report report(RuleSnapshot rule, boolean describesStory, Object[] row) {
        return new StoryAlertPlan.Report((String) row[0], describesStory
                ? AlertEvaluator.onEvent(rule.spec(), EventType.parse((String) row[1]), (String) row[2],
                        Modality.parse((String) row[3]), (String) row[4], (String) row[5])
                : null);
    }

    /** Rules that suppress: one alert per rule and pair within the window, gathering the stories of its matches. */
    private boolean gatherStory(AppliedEvent event, List<RuleSnapshot> enabled, Map<UUID, AlertMatch> matchOf,
            Instant now) {
        // The event's story as this transaction leaves it (a later report of the same batch may already
        // have joined or merged it): its alerts and reports decide, not the order the reports came in.
        List<Object[]> story = store.storyReports(event);
        Map<UUID, Map<UUID, String>> storyAlerts = story.size() > 1 ? store.storyAlerts(event) : Map.of();
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
                                Modality.parse((String) row[3]), (String) row[4], (String) row[5])
                        : null));
            }
            StoryAlertPlan.Plan plan = StoryAlertPlan.plan(existing, reports, describesStory, match != null).orElse(null);
            if (plan == null) {
                continue;
            }
            if (plan.keep() == null) {
                record(match, plan.message() == null ? match.message() : plan.message(), event, now);
            } else {
                Alert alert = store.find(plan.keep());
                absorb(alert, plan.absorbed(), now);
                gather(alert, event, plan.message(), !plan.absorbed().isEmpty(), now);
            }
            changed = true;
        }
        return changed;
    }

    /** A new alert, or, within the rule's suppression window, one more story of the open alert. */
    private void record(AlertMatch match, String message, AppliedEvent event, Instant now) {
        RuleSnapshot rule = match.rule();
        long suppressSeconds = rule.spec().suppressSeconds();
        Alert latest = suppressSeconds <= 0 ? null : store.latest(rule.id(), event.pair().key());
        if (!AlertSuppression.joinsOpenAlert(suppressSeconds, latest == null ? null : latest.raisedAt, now)) {
            Alert alert = newAlert(match, message, event, now);
            store.insert(alert);
            store.addStoryEvidence(alert.id, event, now);
            store.count(alert);
            registry.counter("entente.relations.alerts", "outcome", "raised").increment();
            return;
        }
        gather(latest, event, null, false, now);
    }

    /**
     * Stories merged by a bridging report: their alerts of one rule become the kept one (evidence copied, the
     * others retracted with a revision naming it), so a story has one live alert per rule in every order.
     */
    private void absorb(Alert keep, List<UUID> absorbed, Instant now) {
        for (UUID gone : absorbed) {
            store.absorb(keep, gone, now);
            registry.counter("entente.relations.alerts", "outcome", "merged").increment();
        }
    }

    /**
     * The alert takes every report of the event's story: a new revision when that added evidence, merged
     * alerts or changed the message (null: keep it).
     */
    private void gather(Alert alert, AppliedEvent event, String message, boolean merged, Instant now) {
        revise(alert, event, message, store.addStoryEvidence(alert.id, event, now), merged, now);
    }

    /**
     * A new revision when the alert's evidence changed ({@code moved} rows added or removed), alerts were merged into
     * it or its message changed (null: keep it). @return whether it was revised
     */
    private boolean revise(Alert alert, AppliedEvent event, String message, int moved, boolean merged, Instant now) {
        boolean reworded = message != null && !message.equals(alert.message);
        if (!AlertSuppression.revises(moved, merged, reworded)) {
            return false;
        }
        if (reworded) {
            alert.message = message;
        }
        store.count(alert);
        alert.scoreAfter = event.scoreAfter();
        alert.updatedAt = now;
        alert.revision++;
        // Suppressed as a new alert: counted so operators see how much noise suppression absorbs.
        registry.counter("entente.relations.alerts", "outcome", "joined").increment();
        return true;
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
}
