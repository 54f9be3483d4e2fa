package org.entente.relations.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The webhook delivery queue in {@code alert_webhook_delivery}: claim due rows, record each outcome. */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

    /** One delivery to attempt now. {@code secret} is null when the rule was deleted meanwhile. */
    public record Due(long id, String url, int attempts, String payload, String alertId, String secret) {
    }

    private final EntityManager em;

    public WebhookDeliveries(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims due deliveries for {@code lease}: another instance (or a crash) sees them again only after
     * it, so each attempt is made once.
     */
    @SuppressWarnings("unchecked")
    public List<Due> claim(Instant now, int limit, Duration lease) {
        List<Object[]> rows = em.createNativeQuery("select d.id, d.url, d.attempts, p.payload, "
                + "cast(p.alert_id as varchar), r.webhook_secret from alert_webhook_delivery d "
                + "join alert_publication p on p.seq = d.publication_seq "
                + "left join alert_rule r on r.id = d.rule_id "
                + "where d.status = 'pending' and d.next_attempt_at <= ?1 "
                + "order by d.next_attempt_at, d.id limit ?2 for update of d skip locked")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        List<Due> due = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            em.createNativeQuery("update alert_webhook_delivery set next_attempt_at = ?1 where id = ?2")
                    .setParameter(1, now.plus(lease)).setParameter(2, id).executeUpdate();
            due.add(new Due(id, (String) row[1], ((Number) row[2]).intValue(), (String) row[3], (String) row[4],
                    (String) row[5]));
        }
        return due;
    }

    public void delivered(long id, int httpStatus, Instant at) {
        em.createNativeQuery("update alert_webhook_delivery set status = 'delivered', attempts = attempts + 1, "
                + "last_status = ?1, last_error = null, delivered_at = ?2 where id = ?3")
                .setParameter(1, httpStatus).setParameter(2, at).setParameter(3, id).executeUpdate();
    }

    /** Records a failed attempt; {@code retryAt} null marks the delivery failed for good. */
    public void failed(long id, Integer httpStatus, String error, Instant retryAt) {
        em.createNativeQuery("update alert_webhook_delivery set attempts = attempts + 1, last_status = ?1, "
                + "last_error = ?2, status = ?3, next_attempt_at = ?4 "
                + "where id = ?5")
                .setParameter(1, httpStatus == null ? -1 : httpStatus)
                .setParameter(2, error == null ? "" : error)
                .setParameter(3, retryAt == null ? "failed" : "pending")
                .setParameter(4, retryAt == null ? Instant.now() : retryAt)
                .setParameter(5, id).executeUpdate();
    }
}
