package org.entente.relations.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of relations-service; the README's configuration table lists each one. */
@ConfigMapping(prefix = "entente.relations")
public interface RelationsConfig {

    Scoring scoring();

    Api api();

    Events events();

    Stories stories();

    /**
     * Starting parameters of story clustering (docs/tie-strength.md, "Story events"); they mirror
     * {@code StoryParameters.defaults()}. Parameters saved by an admin recompute win over these.
     */
    interface Stories {

        /** Reports further apart in event time are never one story. */
        @WithDefault("48")
        double windowHours();

        /** Per PLOVER type, e.g. {@code entente.relations.stories.type-window-hours.FIGHT=24}. */
        Map<String, Double> typeWindowHours();

        /** Types whose direction is not told apart. */
        @WithDefault("AGREE,CONSULT,COOPERATE,FIGHT")
        java.util.List<String> symmetricTypes();

        /**
         * Share of content words two reports' sentences must have in common when neither names the day of
         * its event (0 = no check).
         */
        @WithDefault("0.1")
        double minSimilarity();

        @WithDefault("0.25")
        double corroborationStep();

        @WithDefault("1.5")
        double corroborationCap();
    }

    /**
     * Which event times the consumer accepts: a window around now. Outside it an event goes to
     * {@code events-dlq}. A date far ahead would pin a tie at +-100 (its weight grows by 2 per
     * half-life until that date) and a pair's exact sums need one more decimal place per half-life
     * between its oldest and newest event, up to PostgreSQL's 16,383: the default 30 years (10,958
     * half-lives at the shortest half-life of 1 day, plus 1,074 places of a double's own) fits every
     * half-life an admin may choose. Dates before 1582 would also shift on storage (JDBC's Julian calendar).
     */
    interface Events {

        /** The oldest accepted event time, back from now. */
        @WithDefault("P30Y")
        Period maxAge();

        /** The latest accepted event time, ahead of now (clocks and time zones of feeds differ a little). */
        @WithDefault("P1D")
        Duration maxAhead();
    }

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

        /** The earliest date a read request may name ({@code from}, {@code to}, {@code since}, ...). */
        @WithDefault("1900-01-01")
        LocalDate earliestDate();

        /** The latest date a read request may name. */
        @WithDefault("2199-12-31")
        LocalDate latestDate();

        /** The most points one history answer may hold (20 years by day; about 140 years by week). */
        @WithDefault("7320")
        int maxHistoryPoints();
    }
}
