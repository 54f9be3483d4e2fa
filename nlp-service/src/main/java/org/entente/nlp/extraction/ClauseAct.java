package org.entente.nlp.extraction;

import java.util.List;

/**
 * An act a clause tells without a trigger of the lexicon (an admission, a reported accusation, a grievance named as a
 * reason): the word that tells it, the states that do it and the states it is done to.
 */
record ClauseAct(int head, List<Mention> doers, List<Mention> targets) {
}
