package org.entente.relations.queries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.LoggedEvent;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.ties.ActiveScoring;

import io.quarkus.panache.common.Parameters;

/** Lists logged events, newest first, with keyset (cursor) pagination. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueries {

    private final ActiveScoring scoring;
    private final StoryLinks stories;

    public EventQueries(ActiveScoring scoring, StoryLinks stories) {
        this.scoring = scoring;
        this.stories = stories;
    }

    public record EventPage(List<Views.Evidence> events, String nextCursor, int limit) {
    }

    public EventPage list(EventFilter filter, EventCursor after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.nation() != null) {
            where.append(" and (source = :nation or target = :nation)");
            params.and("nation", filter.nation());
        }
        if (filter.pair() != null) {
            where.append(" and pairFirst = :first and pairSecond = :second");
            params.and("first", filter.pair().first()).and("second", filter.pair().second());
        }
        equal(where, params, "type", filter.type());
        equal(where, params, "subtype", filter.subtype());
        equal(where, params, "modality", filter.modality());
        if (filter.since() != null) {
            where.append(" and eventTime >= :since");
            params.and("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" and eventTime < :until");
            params.and("until", filter.until());
        }
        if (after != null) {
            where.append(" and (eventTime < :afterTime or (eventTime = :afterTime and id < :afterId))");
            params.and("afterTime", after.eventTime()).and("afterId", after.id());
        }
        List<LoggedEvent> rows = LoggedEvent.find(where + " order by eventTime desc, id desc", params)
                .range(0, limit).list();
        TieScorer scorer = scoring.scorer();
        Instant now = Instant.now();
        List<Views.Evidence> events = new ArrayList<>(Math.min(rows.size(), limit));
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            events.add(EvidenceFinder.evidence(scorer, rows.get(i), now));
        }
        String next = null;
        if (rows.size() > limit) {
            LoggedEvent last = rows.get(limit - 1);
            next = new EventCursor(last.eventTime, last.id).encode();
        }
        return new EventPage(stories.attach(events), next, limit);
    }

    private static void equal(StringBuilder where, Parameters params, String field, String value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }
}
