package org.entente.nlp.extraction;

import java.util.List;

/** Looks up the actor mentions covering a token; venues count only for triggers that accept them. */
final class MentionIndex {

    private final SentenceContext sentence;
    private final boolean venuesAllowed;

    MentionIndex(SentenceContext sentence, boolean venuesAllowed) {
        this.sentence = sentence;
        this.venuesAllowed = venuesAllowed;
    }

    List<Mention> at(int token) {
        return sentence.mentions().stream()
                .filter(m -> m.covers(token) && m.isNation() && (venuesAllowed || !m.venue()))
                .toList();
    }

    boolean venuesAllowed() {
        return venuesAllowed;
    }
}
