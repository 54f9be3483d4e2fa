package org.entente.relations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of relations-service; the README's configuration table lists each one. */
@ConfigMapping(prefix = "entente.relations")
public interface RelationsConfig {

    Scoring scoring();

    Api api();

    /**
     * Starting parameters of the tie model, all listed in application.properties (they mirror
     * {@code ScoringParameters.defaults()}); parameters saved by an admin recompute win over these.
     */
    interface Scoring {

        @WithDefault("90")
        double halfLifeDays();

        @WithDefault("25")
        double scale();

        @WithDefault("0.5")
        double intentFactor();

        @WithDefault("-0.25")
        double negatedCooperationFactor();

        @WithDefault("0")
        double negatedConflictFactor();

        /** Per PLOVER type, e.g. {@code entente.relations.scoring.type-weight.AGREE=3}. */
        Map<String, Double> typeWeight();

        /** Per subtype, e.g. {@code entente.relations.scoring.subtype-bonus.defense_pact=5}. */
        Map<String, Double> subtypeBonus();
    }

    interface Api {

        /** Page size when a request gives no {@code limit}. */
        @WithDefault("50")
        int defaultLimit();

        /** The largest {@code limit} a request may ask for. */
        @WithDefault("1000")
        int maxLimit();

        /** Events shown as evidence for one pair when the request gives no number. */
        @WithDefault("5")
        int defaultEvidence();
    }
}
