package org.entente.drills;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One warm-up round as the warm-up judges it: the share of each service's CPU that its JIT compiler threads used,
 * nlp-service (all its processes) first, then relations-service and ingest-service (the broker and PostgreSQL have no
 * JIT of their own in the bench's figures).
 */
record WarmupRound(int articles, Map<String, Double> jitShares) {

    static WarmupRound of(PhaseCost nlp, List<ServicePhaseCost> others) {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put(DrillStack.NLP, nlp.jitShare());
        others.stream().filter(c -> c.phase().equals(nlp.phase()) && !c.isInfrastructure())
                .forEach(c -> shares.put(c.service(), c.jitShare()));
        return new WarmupRound(nlp.articles(), shares);
    }

    /** The services whose compiler threads used more than {@code quietShare} of their CPU in this round. */
    List<String> busy(double quietShare) {
        return jitShares.entrySet().stream().filter(e -> e.getValue() > quietShare).map(Map.Entry::getKey).toList();
    }
}
