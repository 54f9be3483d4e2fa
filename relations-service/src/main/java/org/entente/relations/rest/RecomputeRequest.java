package org.entente.relations.rest;

import java.util.Map;

/** New tie-model parameters; fields left out keep their current values. */
public record RecomputeRequest(Double halfLifeDays, Double scale, Double intentFactor,
        Double negatedCooperationFactor, Double negatedConflictFactor, Map<String, Double> typeWeights,
        Map<String, Double> subtypeBonus) {
}
