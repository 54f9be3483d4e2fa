package org.entente.relations.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.entente.relations.config.AlertConfig;
import org.entente.relations.domain.Alert;
import org.entente.relations.domain.AlertRule;
import org.entente.relations.domain.AlertRuleSpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The alert outbox (the Debezium outbox idea): alerts are committed with the events that raised them;
 * this turns each unpublished revision into a numbered publication row, and remembers which rows
 * Kafka has acknowledged, so nothing is lost between the database and the broker.
 */
@ApplicationScoped
@Transactional
public class AlertOutbox {

    /** Hibernate's value for {@code jakarta.persistence.lock.timeout} that means SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    private final EntityManager em;
    private final AlertViews views;
    private final AlertRuleBook rules;
    private final ObjectMapper mapper;
    private final AlertConfig config;

    public AlertOutbox(EntityManager em, AlertViews views, AlertRuleBook rules, ObjectMapper mapper,
            AlertConfig config) {
        this.em = em;
        this.views = views;
        this.rules = rules;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * Publishes alert revisions that are new, merges (an alert retracted into another, and the revision of the alert
     * that absorbed it: a subscriber must not show two alerts of one story, nor the survivor without the absorbed
     * events, for longer than it takes), or updates held back for at least the update interval. A survivor is known
     * by a retraction into it still unpublished, so both leave in one pass (the batch permitting).
     */
    public List<AlertPublication> publishDue(Instant now, int limit) {
        List<Alert> due = em.createQuery("from Alert a where a.revision > a.publishedRevision "
                + "and (a.publishedRevision = 0 or a.publishedAt <= ?1 or a.mergedInto is not null "
                + "or exists (select m.id from Alert m where m.mergedInto = a.id and m.revision > m.publishedRevision)) "
                + "order by a.raisedAt, a.id", Alert.class)
                .setParameter(1, now.minus(config.updateInterval()))
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        List<AlertPublication> published = new ArrayList<>();
        for (Alert alert : due) {
            long seq = ((Number) em.createNativeQuery("select nextval('alert_publication_seq_seq')")
                    .getSingleResult()).longValue();
            String payload = json(views.message(alert));
            em.createNativeQuery("insert into alert_publication (seq, alert_id, revision, pair, payload, created_at) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, seq).setParameter(2, alert.id).setParameter(3, alert.revision)
                    .setParameter(4, alert.pair).setParameter(5, payload).setParameter(6, now)
                    .executeUpdate();
            alert.publishedRevision = alert.revision;
            alert.publishedAt = now;
            queueWebhook(alert.ruleId, seq, now);
            published.add(new AlertPublication(seq, alert.id, alert.revision, alert.pair, payload));
        }
        return published;
    }

    private void queueWebhook(UUID ruleId, long seq, Instant now) {
        AlertRule rule = AlertRule.findById(ruleId);
        if (rule == null) {
            return;
        }
        AlertRuleSpec spec = rules.read(rule.definition);
        if (spec.webhookUrl() == null) {
            return;
        }
        em.createNativeQuery("insert into alert_webhook_delivery (publication_seq, rule_id, url, status, "
                + "next_attempt_at) values (?1, ?2, ?3, 'pending', ?4)")
                .setParameter(1, seq).setParameter(2, ruleId).setParameter(3, spec.webhookUrl())
                .setParameter(4, now).executeUpdate();
    }

    public List<AlertPublication> unsent(int limit) {
        return rows(em.createNativeQuery("select seq, alert_id, revision, pair, payload from alert_publication "
                + "where kafka_sent_at is null order by seq").setMaxResults(limit).getResultList());
    }

    /** One statement and one commit for a batch the broker acknowledged. */
    public void markSent(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return;
        }
        em.createNativeQuery("update alert_publication set kafka_sent_at = :now where seq in (:seqs)")
                .setParameter("now", Instant.now()).setParameter("seqs", seqs).executeUpdate();
    }

    /** Publications after {@code seq}, in order: what a reconnecting SSE client missed. */
    public List<AlertPublication> after(long seq, int limit) {
        return rows(em.createNativeQuery("select seq, alert_id, revision, pair, payload from alert_publication "
                + "where seq > ?1 order by seq").setParameter(1, seq).setMaxResults(limit).getResultList());
    }

    /**
     * Where a bounded replay starts: after {@code seq}, at most the newest {@code max} publications of
     * the last {@code retention}. Returns the sequence to replay after, and how many missed ones it skips.
     */
    public ReplayStart replayStart(long seq, int max, Instant publishedSince) {
        List<?> newest = em.createNativeQuery("select seq from alert_publication where seq > ?1 and created_at >= ?2 "
                + "order by seq desc").setParameter(1, seq).setParameter(2, publishedSince)
                .setMaxResults(max).getResultList();
        long first = newest.isEmpty()
                ? ((Number) em.createNativeQuery("select coalesce(max(seq), 0) + 1 from alert_publication")
                        .getSingleResult()).longValue()
                : ((Number) newest.get(newest.size() - 1)).longValue();
        long skipped = ((Number) em.createNativeQuery("select count(*) from alert_publication where seq > ?1 "
                + "and seq < ?2").setParameter(1, seq).setParameter(2, first).getSingleResult()).longValue();
        return new ReplayStart(Math.max(seq, first - 1), skipped);
    }

    /** Replay after {@code after}; {@code skipped} missed publications are left out (too old or too many). */
    public record ReplayStart(long after, long skipped) {
    }

    @SuppressWarnings("unchecked")
    private static List<AlertPublication> rows(List<?> result) {
        List<AlertPublication> publications = new ArrayList<>();
        for (Object[] row : (List<Object[]>) result) {
            publications.add(new AlertPublication(((Number) row[0]).longValue(), (UUID) row[1],
                    ((Number) row[2]).intValue(), (String) row[3], (String) row[4]));
        }
        return publications;
    }

    private String json(Object message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
