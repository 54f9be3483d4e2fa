package org.entente.relations.rest;

import java.util.List;
import java.util.Map;

/** New tie-model parameters; fields left out keep their current values. */
public record RecomputeRequest(Double halfLifeDays, Double scale, Double intentFactor,
        Double negatedCooperationFactor, Double negatedConflictFactor, Map<String, Double> typeWeights,
        Map<String, Double> subtypeBonus, Stories stories) {

    /** New story clustering parameters (docs/tie-strength.md, "Story events"); left out keeps the current. */
    public record Stories(Double windowHours, Map<String, Double> typeWindowHours, List<String> symmetricTypes,
            Double minSimilarity, Double corroborationStep, Double corroborationCap) {
    }
}
