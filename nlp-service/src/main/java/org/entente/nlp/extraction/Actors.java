package org.entente.nlp.extraction;

import java.util.List;

/**
 * The nations acting and acted upon for one trigger.
 *
 * @param subjectKnown the parse names a subject, nation or not ("Gunmen abducted ..."), so word order must not guess one
 * @param objectKnown the parse names an object or target phrase, nation or not
 * @param guessed some actor was guessed from word order
 */
record Actors(List<Mention> sources, List<Mention> targets, boolean subjectKnown, boolean objectKnown, boolean guessed) {

    static Actors none() {
        return new Actors(List.of(), List.of(), false, false, false);
    }
}
