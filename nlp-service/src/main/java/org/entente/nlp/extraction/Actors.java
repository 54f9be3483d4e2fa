package org.entente.nlp.extraction;

import java.util.List;

/**
 * The nations acting and acted upon for one trigger.
 *
 * @param subjectKnown the parse names a subject, nation or not ("Gunmen abducted ..."), so word order must not guess one
 * @param objectKnown the parse names an object or target phrase, nation or not
 * @param guessed some actor was guessed from word order
 * @param mutual nations that act with each other besides the sources and targets: the parties of
 *        "hosted talks between Russia and Ukraine"
 * @param hosts nations that take part with every other actor: the host or broker of "talks hosted by Turkey"
 */
record Actors(List<Mention> sources, List<Mention> targets, boolean subjectKnown, boolean objectKnown, boolean guessed,
        List<Mention> mutual, List<Mention> hosts) {

    Actors(List<Mention> sources, List<Mention> targets, boolean subjectKnown, boolean objectKnown, boolean guessed) {
        this(sources, targets, subjectKnown, objectKnown, guessed, List.of(), List.of());
    }

    static Actors none() {
        return new Actors(List.of(), List.of(), false, false, false);
    }

    /** The same further parties with other sources and targets. */
    Actors with(List<Mention> newSources, List<Mention> newTargets, boolean isGuessed) {
        return new Actors(newSources, newTargets, subjectKnown, objectKnown, isGuessed, mutual, hosts);
    }
}
