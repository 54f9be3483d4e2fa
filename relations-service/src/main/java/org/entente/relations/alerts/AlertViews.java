package org.entente.relations.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.Alert;
import org.entente.relations.wire.AlertMessage;

/** Maps a stored alert and its evidence to Alert v1, the one shape the API, SSE, Kafka and webhooks share. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlertViews {

    /** Sources listed per alert; eventIds lists every event. */
    static final int MAX_SOURCES = 20;

    private final EntityManager em;

    public AlertViews(EntityManager em) {
        this.em = em;
    }

    public AlertMessage message(Alert alert) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select event_id, sentence, article_url, article_title, event_time "
                + "from alert_evidence where alert_id = ?1 order by event_time, event_id")
                .setParameter(1, alert.id).getResultList();
        List<String> eventIds = new ArrayList<>();
        List<AlertMessage.Evidence> evidence = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        for (Object[] row : rows) {
            eventIds.add((String) row[0]);
            String url = (String) row[2];
            if (evidence.size() < MAX_SOURCES && urls.add(url)) {
                String title = (String) row[3];
                evidence.add(new AlertMessage.Evidence((String) row[0], (String) row[1], url,
                        title == null || title.isEmpty() ? null : title, instant(row[4])));
            }
        }
        return new AlertMessage(AlertMessage.SCHEMA_VERSION, alert.id.toString(), alert.revision,
                alert.ruleId.toString(), alert.ruleName, alert.severity, alert.kind, alert.pair,
                List.of(alert.first, alert.second), alert.message, alert.scoreBefore, alert.scoreAfter,
                alert.eventCount, alert.sourceCount, eventIds, evidence, alert.firstEventTime, alert.lastEventTime,
                alert.raisedAt, alert.updatedAt, alert.mergedInto == null ? null : alert.mergedInto.toString());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Timestamp at) {
            return at.toInstant();
        }
        throw new IllegalStateException("unexpected time value " + value);
    }
}
