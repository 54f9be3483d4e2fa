package org.entente.relations.queries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Nations;
import org.entente.relations.domain.Tie;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.ties.ActiveScoring;

/** Current ties: one pair with its evidence, and one nation's ties ranked. Scores are as of now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TieQueries {

    /** Ranking order of a nation's ties. */
    public enum Order {
        CLOSEST,
        WORST
    }

    private final ActiveScoring scoring;
    private final Nations nations;
    private final EvidenceFinder evidence;

    public TieQueries(ActiveScoring scoring, Nations nations, EvidenceFinder evidence) {
        this.scoring = scoring;
        this.nations = nations;
        this.evidence = evidence;
    }

    public Optional<Views.PairTie> pair(String a, String b, int evidenceCount) {
        NationPair pair = NationPair.of(a, b);
        Tie tie = Tie.findById(pair.key());
        if (tie == null || tie.eventCount == 0) {
            return Optional.empty();
        }
        TieScorer scorer = scoring.scorer();
        Instant now = Instant.now();
        List<Views.Direction> directions = List.of(
                new Views.Direction(tie.first, tie.second,
                        Views.round(scorer.scoreAt(tie.massForward, tie.asOf, now)), tie.countForward),
                new Views.Direction(tie.second, tie.first,
                        Views.round(scorer.scoreAt(tie.massBackward, tie.asOf, now)), tie.countBackward));
        return Optional.of(new Views.PairTie(pair.key(), tie.first, nations.get(tie.first).name(), tie.second,
                nations.get(tie.second).name(), Views.round(scorer.scoreAt(tie.mass, tie.asOf, now)),
                tie.eventCount, tie.firstEventAt, tie.lastEventAt, directions,
                evidence.top(pair, evidenceCount, now)));
    }

    public Views.NationTies ranked(String nation, Order order, int limit) {
        TieScorer scorer = scoring.scorer();
        Instant now = Instant.now();
        List<Tie> ties = Tie.list("(first = ?1 or second = ?1) and eventCount > 0", nation);
        List<Views.RankedTie> ranked = new ArrayList<>(ties.size());
        for (Tie tie : ties) {
            boolean forward = tie.first.equals(nation);
            String partner = forward ? tie.second : tie.first;
            double to = scorer.scoreAt(forward ? tie.massForward : tie.massBackward, tie.asOf, now);
            double from = scorer.scoreAt(forward ? tie.massBackward : tie.massForward, tie.asOf, now);
            ranked.add(new Views.RankedTie(0, partner, nations.get(partner).name(),
                    Views.round(scorer.scoreAt(tie.mass, tie.asOf, now)), tie.eventCount, tie.lastEventAt,
                    Views.round(to), Views.round(from)));
        }
        Comparator<Views.RankedTie> byScore = Comparator.comparingDouble(Views.RankedTie::score);
        ranked.sort((order == Order.CLOSEST ? byScore.reversed() : byScore)
                .thenComparing(Views.RankedTie::partner));
        List<Views.RankedTie> top = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Views.RankedTie t = ranked.get(i);
            top.add(new Views.RankedTie(i + 1, t.partner(), t.partnerName(), t.score(), t.eventCount(),
                    t.lastEventAt(), t.scoreToPartner(), t.scoreFromPartner()));
        }
        return new Views.NationTies(nation, nations.get(nation).name(), order.name().toLowerCase(),
                ranked.size(), top);
    }
}
