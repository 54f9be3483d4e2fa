package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

/**
 * One line of the trigger lexicon: a sequence of lemma alternatives ("sign" then
 * "agreement/deal/pact" within a few tokens) that signals an event type.
 *
 * @param elements each element lists accepted lemmas; a {@code _N} or {@code _V} suffix in the
 *        resource restricts the part of speech
 * @param subtype the agreement subtype this rule implies, or null
 * @param weight base confidence of the rule
 * @param type the event type, or null for a no-event rule (PETRARCH's "[---]" patterns): where it
 *        matches, less specific rules at the same word are no trigger
 * @param flags V, S, R, W, J, U, O, N and A, see the resource's header
 */
record TriggerRule(PloverType type, String subtype, List<Element> elements, double weight, String flags) {

    /** A venue may be the target: "arrived in Amman" makes Jordan the host. */
    boolean venueMayBeTarget() {
        return flags.indexOf('V') >= 0;
    }

    /** "X and Y upgraded ties": two subjects without a target act on each other. */
    boolean reciprocal() {
        return flags.indexOf('R') >= 0 || FallbackActors.RECIPROCAL.contains(type);
    }

    /** Generated from PETRARCH2's CAMEO dictionary (cameo-triggers.tsv), not written by hand. */
    boolean generated() {
        return flags.indexOf('G') >= 0;
    }

    /** The head's own clause subject is the target and the speaker the source ("X said Y must"). */
    boolean subjectIsTarget() {
        return flags.indexOf('S') >= 0;
    }

    /** A verb of impact that is an attack only with a weapon or armed force around it ("jets pounded", "hit a base"). */
    boolean armedOnly() {
        return flags.indexOf('W') >= 0;
    }

    /** A verb of denial that is an event only on a claim ("a charge the Kremlin denied", "denied the accusations"). */
    boolean claimOnly() {
        return flags.indexOf('J') >= 0;
    }

    /**
     * A verb that is an event only when refused: "will never accept US military intervention", "would never recognise
     * Kosovo's independence" (REJECT, CAMEO 12); it hides no other rule at its word, which speaks when it is not refused.
     */
    boolean refusalOnly() {
        return flags.indexOf('N') >= 0;
    }

    /** Drills or exercises that count only when no partner takes part ("drills around Taiwan", not "joint drills with"). */
    boolean alone() {
        return flags.indexOf('U') >= 0;
    }

    /**
     * A noun that is an event only with its own asker or claimant ("Islamabad's claim that New Delhi was behind ...",
     * "Washington's call to join"): the bare noun is too often something else (a territorial claim, a phone call).
     */
    boolean ownedOnly() {
        return flags.indexOf('O') >= 0;
    }

    /**
     * A verb that is an answer by its meaning ("Beijing retorted that the patrols were lawful"): without a target of its
     * own it faces the doers of the acts the sentence tells, as a threat that names no one does.
     */
    boolean answer() {
        return flags.indexOf('A') >= 0;
    }

    record Element(Set<String> lemmas, char pos) {
    }
}
