package org.entente.relations.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the tie model can be tuned with. docs/tie-strength.md explains each default.
 *
 * @param typeWeights weight of one asserted, fully confident event per PLOVER type
 * @param subtypeBonus added to the type weight for agreement subtypes (a defense pact weighs more than a vague accord)
 * @param intentFactor multiplier for announced, planned or promised events
 * @param negatedCooperationFactor multiplier for a denied or refused cooperative event (weight above zero)
 * @param negatedConflictFactor multiplier for a denied conflictual event (weight zero or below)
 * @param halfLifeDays after this many days an event counts half as much
 * @param scale decayed weight sum that maps to a score of 76 (100 * tanh(1))
 * @param stories how reports are clustered into story events and corroboration counted
 */
public record ScoringParameters(
        Map<EventType, Double> typeWeights,
        Map<String, Double> subtypeBonus,
        double intentFactor,
        double negatedCooperationFactor,
        double negatedConflictFactor,
        double halfLifeDays,
        double scale,
        StoryParameters stories) {

    /**
     * A tie keeps its events' weights as exact sums whose digits grow by one per half-life between
     * its oldest and newest event; a day keeps that within PostgreSQL's NUMERIC for 44 years of news.
     */
    public static final double MIN_HALF_LIFE_DAYS = 1.0;
    public static final double MAX_HALF_LIFE_DAYS = 36_500.0;

    public ScoringParameters {
        typeWeights = Map.copyOf(typeWeights);
        subtypeBonus = Map.copyOf(subtypeBonus);
        // Parameters saved before story events existed have none: the defaults.
        stories = stories == null ? StoryParameters.defaults() : stories;
        for (EventType type : EventType.values()) {
            if (!typeWeights.containsKey(type)) {
                throw new IllegalArgumentException("no weight for event type " + type);
            }
        }
        if (!(halfLifeDays >= MIN_HALF_LIFE_DAYS && halfLifeDays <= MAX_HALF_LIFE_DAYS)) {
            throw new IllegalArgumentException("halfLifeDays must be from " + MIN_HALF_LIFE_DAYS + " to "
                    + MAX_HALF_LIFE_DAYS);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be greater than zero");
        }
    }

    /** PLOVER v2 scores, with the five types PLOVER leaves unscored placed on the same scale. */
    public static ScoringParameters defaults() {
        Map<EventType, Double> weights = new EnumMap<>(EventType.class);
        weights.put(EventType.AGREE, 2.5);
        weights.put(EventType.CONSULT, 2.5);
        weights.put(EventType.SUPPORT, 5.0);
        weights.put(EventType.CONCEDE, 4.5);
        weights.put(EventType.COOPERATE, 9.5);
        weights.put(EventType.AID, 10.0);
        weights.put(EventType.RETREAT, 6.5);
        weights.put(EventType.REQUEST, 0.0);
        weights.put(EventType.ACCUSE, -3.0);
        weights.put(EventType.REJECT, -2.0);
        weights.put(EventType.THREATEN, -3.5);
        weights.put(EventType.PROTEST, -5.0);
        weights.put(EventType.SANCTION, -6.0);
        weights.put(EventType.MOBILIZE, -5.5);
        weights.put(EventType.COERCE, -7.0);
        weights.put(EventType.ASSAULT, -9.0);
        weights.put(EventType.DEMAND, -2.5);
        weights.put(EventType.DISAPPROVE, -2.0);
        weights.put(EventType.INVESTIGATE, -1.0);
        weights.put(EventType.FIGHT, -10.0);
        Map<String, Double> bonus = new LinkedHashMap<>();
        bonus.put("defense_pact", 4.0);
        bonus.put("military_cooperation", 2.5);
        bonus.put("treaty", 2.0);
        bonus.put("normalization", 2.0);
        bonus.put("trade_deal", 1.5);
        bonus.put("ceasefire", 1.5);
        bonus.put("negotiation_round", 0.5);
        return new ScoringParameters(weights, bonus, 0.5, -0.25, 0.0, 90.0, 25.0, StoryParameters.defaults());
    }

    /** These parameters with the given type weights and subtype bonuses replaced; other entries stay. */
    public ScoringParameters withOverrides(Map<EventType, Double> weights, Map<String, Double> bonuses,
            double intent, double negatedCooperation, double negatedConflict, double halfLife, double newScale) {
        Map<EventType, Double> mergedWeights = new EnumMap<>(typeWeights);
        mergedWeights.putAll(weights);
        Map<String, Double> mergedBonus = new LinkedHashMap<>(subtypeBonus);
        mergedBonus.putAll(bonuses);
        return new ScoringParameters(mergedWeights, mergedBonus, intent, negatedCooperation, negatedConflict,
                halfLife, newScale, stories);
    }

    /** These parameters with other story clustering parameters. */
    public ScoringParameters withStories(StoryParameters newStories) {
        return new ScoringParameters(typeWeights, subtypeBonus, intentFactor, negatedCooperationFactor,
                negatedConflictFactor, halfLifeDays, scale, newStories);
    }
}
