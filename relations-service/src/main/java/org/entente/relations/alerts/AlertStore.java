package org.entente.relations.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.entente.relations.domain.Alert;
import org.entente.relations.ties.AppliedEvent;

/**
 * The SQL behind {@link AlertRecorder}: score points, an event's story and its alerts, evidence, and the
 * counts an alert shows. Runs in the caller's transaction (the one applying the event).
 */
@ApplicationScoped
public class AlertStore {

    private final EntityManager em;

    @Inject
    public AlertStore(EntityManager em) {
        this.em = em;
    }

    /** Remembers the event's score change on its pair, for CHANGE rules' windows. */
    void addScorePoint(AppliedEvent event) {
        em.createNativeQuery("insert into alert_score_point (pair, event_time, score_before, score_after) "
                + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, event.pair().key()).setParameter(2, event.eventTime())
                .setParameter(3, event.scoreBefore()).setParameter(4, event.scoreAfter())
                .executeUpdate();
    }

    /** id, type, subtype, modality, source, target of every report of the event's story (just the event when none). */
    @SuppressWarnings("unchecked")
    List<Object[]> storyReports(AppliedEvent event) {
        return em.createNativeQuery("select e.id, e.type, e.subtype, e.modality, e.source, e.target from event_log e "
                + "join story_report r on r.event_id = e.id where r.story_id = "
                + "(select story_id from story_report where event_id = ?1)")
                .setParameter(1, event.eventId()).getResultList();
    }

    /**
     * The live alerts with evidence in the event's story, by rule: each with the smallest event id of its evidence.
     * A merged alert keeps its evidence (it shows what was retracted) but is no longer the story's.
     */
    Map<UUID, Map<UUID, String>> storyAlerts(AppliedEvent event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(a.id as text), cast(a.rule_id as text), min(e.event_id) "
                + "from alert a join alert_evidence e on e.alert_id = a.id where a.pair = ?2 and a.merged_into is null "
                + "and a.id in "
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

    /** The stories the given events are reports of, by id. */
    Set<String> storiesOf(Collection<String> eventIds) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select distinct story_id from story_report where event_id in (?1)")
                .setParameter(1, eventIds).getResultList();
        return new TreeSet<>(rows);
    }

    /**
     * The pair's live alerts with evidence in the given stories, and every story holding their evidence: the alerts
     * a change of these stories can move, and the stories they can move between. Closed: the stories of the alerts'
     * evidence are read for alerts too, until no new story comes (a chain of alerts and stories is short).
     */
    StoryScope storyScope(String pair, Set<String> stories) {
        Set<String> scope = new TreeSet<>(stories);
        Map<UUID, StoryScope.LiveAlert> alerts = new HashMap<>();
        Set<String> asked = Set.of();
        while (!asked.equals(scope)) {
            asked = Set.copyOf(scope);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select cast(a.id as text), cast(a.rule_id as text), e.event_id, "
                    + "r.story_id from alert a join alert_evidence e on e.alert_id = a.id "
                    + "join story_report r on r.event_id = e.event_id where a.pair = ?1 and a.merged_into is null "
                    + "and a.id in (select x.alert_id from alert_evidence x join story_report y on y.event_id = x.event_id "
                    + "where y.story_id in (?2))")
                    .setParameter(1, pair).setParameter(2, asked).getResultList();
            alerts.clear();
            for (Object[] row : rows) {
                UUID id = UUID.fromString((String) row[0]);
                alerts.computeIfAbsent(id, k -> new StoryScope.LiveAlert(k, UUID.fromString((String) row[1]),
                        new TreeSet<>())).evidence().add((String) row[2]);
                scope.add((String) row[3]);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> reports = em.createNativeQuery("select r.story_id, e.id, e.type, e.subtype, e.modality, e.source, "
                + "e.target from event_log e join story_report r on r.event_id = e.id where r.story_id in (?1)")
                .setParameter(1, scope).getResultList();
        Map<String, List<Object[]>> byStory = new TreeMap<>();
        for (Object[] row : reports) {
            byStory.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(Arrays.copyOfRange(row, 1, row.length));
        }
        return new StoryScope(byStory, List.copyOf(alerts.values()));
    }

    /**
     * Makes the alert's evidence exactly the story's reports: the story's reports it lacks are added, the evidence of
     * reports no longer in the story (a part split or moved away) leaves. @return how many rows changed
     */
    int followStory(UUID alertId, String storyId, Instant now) {
        int added = em.createNativeQuery("insert into alert_evidence (alert_id, event_id, article_url, article_title, "
                + "sentence, event_time, added_at) select ?1, e.id, e.article_url, coalesce(e.article_title, ''), "
                + "e.sentence, e.event_time, ?2 from event_log e join story_report r on r.event_id = e.id "
                + "where r.story_id = ?3 on conflict do nothing")
                .setParameter(1, alertId).setParameter(2, now).setParameter(3, storyId).executeUpdate();
        int removed = em.createNativeQuery("delete from alert_evidence where alert_id = ?1 and event_id not in "
                + "(select event_id from story_report where story_id = ?2)")
                .setParameter(1, alertId).setParameter(2, storyId).executeUpdate();
        return added + removed;
    }

    AlertEvaluator.ScoreRange scoreRange(AppliedEvent event, Duration window) {
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

    /** The rule's latest live alert on the pair, or null. */
    Alert latest(UUID ruleId, String pair) {
        return em.createQuery("from Alert where ruleId = ?1 and pair = ?2 and mergedInto is null order by raisedAt desc",
                Alert.class)
                .setParameter(1, ruleId).setParameter(2, pair)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    Alert find(UUID id) {
        return em.find(Alert.class, id);
    }

    /** Writes a new alert now, so that its evidence may refer to it. */
    void insert(Alert alert) {
        alert.persist();
        em.flush();
    }

    /**
     * Copies the evidence of alert {@code gone} to {@code keep} and retracts {@code gone}: it points at {@code keep}
     * from a new revision, which the outbox publishes like any other. Alerts merged into {@code gone} before now
     * point at {@code keep} too (also a new revision), so a retraction always names a live alert.
     */
    void absorb(Alert keep, UUID gone, Instant now) {
        em.createNativeQuery("insert into alert_evidence (alert_id, event_id, article_url, article_title, sentence, "
                + "event_time, added_at) select ?1, event_id, article_url, article_title, sentence, event_time, "
                + "added_at from alert_evidence where alert_id = ?2 on conflict do nothing")
                .setParameter(1, keep.id).setParameter(2, gone).executeUpdate();
        List<Alert> retracted = em.createQuery("from Alert where id = ?1 or mergedInto = ?1", Alert.class)
                .setParameter(1, gone).getResultList();
        for (Alert alert : retracted) {
            alert.mergedInto = keep.id;
            alert.updatedAt = now;
            alert.revision++;
        }
    }

    /** Counts and times from the alert's evidence, so they never depend on the order it was gathered in. */
    void count(Alert alert) {
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

    /** Every report of the event's story (at least the event) as evidence. @return how many were new */
    int addStoryEvidence(UUID alertId, AppliedEvent event, Instant now) {
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
