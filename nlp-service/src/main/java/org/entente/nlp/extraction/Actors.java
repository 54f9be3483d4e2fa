package org.entente.nlp.extraction;

import java.util.List;

/**
 * The nations acting and acted upon for one trigger.
 *
 * @param sourceFromSyntax false when the source was guessed from word order
 * @param targetFromSyntax false when the target was guessed from word order
 */
record Actors(List<Mention> sources, List<Mention> targets, boolean sourceFromSyntax, boolean targetFromSyntax) {

    static Actors none() {
        return new Actors(List.of(), List.of(), false, false);
    }
}
