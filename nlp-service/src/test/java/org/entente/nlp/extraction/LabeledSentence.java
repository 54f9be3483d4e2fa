package org.entente.nlp.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

/**
 * One evaluation sentence with what a careful human coder expects.
 *
 * @param date the article's date, or null when the sentence is read without one
 * @param nations expected nation codes, or null when the corpus does not label mentions
 * @param kinds what makes the sentence hard (blind sets: vocabulary, multi-event, many-parties, ...), or empty
 */
record LabeledSentence(String id, String split, String text, LocalDate date, Set<String> nations, List<Expected> events,
        Set<String> kinds) {

    LabeledSentence(String id, String split, String text, Set<String> nations, List<Expected> events) {
        this(id, split, text, null, nations, events, Set.of());
    }

    /** One expected event; subtype and modality may be null when the corpus does not label them. */
    record Expected(PloverType type, String source, String target, String subtype, Modality modality) {

        String pair() {
            return PairKey.of(source, target);
        }
    }
}
