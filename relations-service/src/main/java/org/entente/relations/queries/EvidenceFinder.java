package org.entente.relations.queries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.LoggedEvent;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.ties.ActiveScoring;

/**
 * The events that weigh most in a pair's score now: weight decayed to now, by absolute size. Only
 * the last ten half-lives are read; anything older counts less than a thousandth of its weight.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceFinder {

    private static final int HALF_LIVES_READ = 10;
    private static final int MAX_EVENTS_READ = 5000;

    private final ActiveScoring scoring;
    private final StoryLinks stories;

    public EvidenceFinder(ActiveScoring scoring, StoryLinks stories) {
        this.scoring = scoring;
        this.stories = stories;
    }

    public List<Views.Evidence> top(NationPair pair, int count, Instant now) {
        if (count <= 0) {
            return List.of();
        }
        TieScorer scorer = scoring.scorer();
        long windowSeconds = (long) (scorer.parameters().halfLifeDays() * HALF_LIVES_READ * 86_400);
        Instant since = now.minus(Duration.ofSeconds(windowSeconds));
        List<LoggedEvent> events = LoggedEvent.find("pairFirst = ?1 and pairSecond = ?2 and eventTime >= ?3 "
                + "order by eventTime desc, id desc", pair.first(), pair.second(), since)
                .range(0, MAX_EVENTS_READ - 1).list();
        List<Views.Evidence> all = new ArrayList<>(events.size());
        for (LoggedEvent e : events) {
            all.add(evidence(scorer, e, now));
        }
        all.sort(Comparator.comparingDouble((Views.Evidence e) -> Math.abs(e.contribution())).reversed());
        return stories.attach(all.subList(0, Math.min(count, all.size())));
    }

    static Views.Evidence evidence(TieScorer scorer, LoggedEvent e, Instant now) {
        double weight = scorer.weight(EventType.valueOf(e.type), e.subtype, Modality.parse(e.modality),
                e.confidence);
        double contribution = weight * scorer.decay(e.eventTime, now);
        return new Views.Evidence(e.id, e.type, e.subtype, e.modality, e.source, e.target, e.eventTime,
                Math.round(weight * 1000.0) / 1000.0, Math.round(contribution * 1000.0) / 1000.0, e.sentence,
                e.articleUrl, e.articleTitle, null, null, null, e.evidencePart);
    }
}
