package org.entente.relations.queries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.entente.relations.alerts.AlertViews;
import org.entente.relations.domain.Alert;
import org.entente.relations.wire.AlertMessage;

/** Stored live alerts, newest first, filtered; pages continue from a (raisedAt, id) cursor. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlertQueries {

    /** What to list; null fields do not filter. {@code pairKey} is {@code IRN|SAU}. */
    public record Filter(UUID ruleId, String nation, String pairKey, String severity, String kind, Instant since,
            Instant until, Instant cursorRaisedAt, UUID cursorId, int limit) {
    }

    /** One page: the alerts and the cursor of the next page (null on the last). */
    public record Page(List<AlertMessage> alerts, String nextCursor) {
    }

    private final EntityManager em;
    private final AlertViews views;

    public AlertQueries(EntityManager em, AlertViews views) {
        this.em = em;
        this.views = views;
    }

    public Page list(Filter f) {
        // Live alerts only: one merged into another is a retraction, found by its id (GET /alerts/{id}).
        StringBuilder where = new StringBuilder("where mergedInto is null");
        List<Object> values = new ArrayList<>();
        condition(where, values, f.ruleId(), "ruleId = ?");
        if (f.nation() != null) {
            where.append(" and (first = ?").append(values.size() + 1).append(" or second = ?")
                    .append(values.size() + 1).append(')');
            values.add(f.nation());
        }
        condition(where, values, f.pairKey(), "pair = ?");
        condition(where, values, f.severity(), "severity = ?");
        condition(where, values, f.kind(), "kind = ?");
        condition(where, values, f.since(), "raisedAt >= ?");
        condition(where, values, f.until(), "raisedAt < ?");
        if (f.cursorRaisedAt() != null) {
            int at = values.size() + 1;
            where.append(" and (raisedAt < ?").append(at).append(" or (raisedAt = ?").append(at)
                    .append(" and id < ?").append(at + 1).append("))");
            values.add(f.cursorRaisedAt());
            values.add(f.cursorId());
        }
        TypedQuery<Alert> query = em.createQuery("from Alert " + where + " order by raisedAt desc, id desc",
                Alert.class);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<Alert> found = query.setMaxResults(f.limit() + 1).getResultList();
        boolean more = found.size() > f.limit();
        List<Alert> page = more ? found.subList(0, f.limit()) : found;
        Alert last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page(page.stream().map(views::message).toList(),
                more ? last.raisedAt + "," + last.id : null);
    }

    public Optional<AlertMessage> find(UUID id) {
        return Optional.ofNullable(em.find(Alert.class, id)).map(views::message);
    }

    private static void condition(StringBuilder where, List<Object> values, Object value, String clause) {
        if (value != null) {
            values.add(value);
            where.append(" and ").append(clause).append(values.size());
        }
    }
}
