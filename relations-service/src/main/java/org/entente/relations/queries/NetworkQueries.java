package org.entente.relations.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.Nations;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.ties.ActiveScoring;

/**
 * The tie network of a date range, for graph tools: an edge per pair with events in the range, scored
 * from those events only, decayed to the end of the last day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkQueries {

    private final EntityManager em;
    private final ActiveScoring scoring;
    private final Nations nations;

    public NetworkQueries(EntityManager em, ActiveScoring scoring, Nations nations) {
        this.em = em;
        this.scoring = scoring;
        this.nations = nations;
    }

    public record Node(String id, String name, int degree) {
    }

    public record Edge(String source, String target, double score, double scoreForward, double scoreBackward,
            long eventCount) {
    }

    public record Network(LocalDate from, LocalDate to, List<Node> nodes, List<Edge> edges) {
    }

    public Network snapshot(LocalDate from, LocalDate to, int minEvents) {
        TieScorer scorer = scoring.scorer();
        // 2^((day - to) / half-life): TieScorer.decayDays, done in SQL so only one row per pair comes back.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pair_first, pair_second, sum(event_count), "
                + "sum(mass * power(2.0, (day - cast(?2 as date)) / ?3)), "
                + "sum(mass_forward * power(2.0, (day - cast(?2 as date)) / ?3)), "
                + "sum(mass_backward * power(2.0, (day - cast(?2 as date)) / ?3)) "
                + "from daily_rollup where day between cast(?1 as date) and cast(?2 as date) "
                + "group by pair_first, pair_second having sum(event_count) >= ?4 "
                + "order by pair_first, pair_second")
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, scorer.parameters().halfLifeDays())
                .setParameter(4, minEvents)
                .getResultList();
        List<Edge> edges = new ArrayList<>(rows.size());
        Map<String, Integer> degree = new TreeMap<>();
        for (Object[] row : rows) {
            String first = (String) row[0];
            String second = (String) row[1];
            edges.add(new Edge(first, second, Views.round(scorer.score(num(row[3]))),
                    Views.round(scorer.score(num(row[4]))), Views.round(scorer.score(num(row[5]))),
                    ((Number) row[2]).longValue()));
            degree.merge(first, 1, Integer::sum);
            degree.merge(second, 1, Integer::sum);
        }
        List<Node> nodes = new ArrayList<>(degree.size());
        degree.forEach((code, d) -> nodes.add(new Node(code, nations.get(code).name(), d)));
        return new Network(from, to, nodes, edges);
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }
}
