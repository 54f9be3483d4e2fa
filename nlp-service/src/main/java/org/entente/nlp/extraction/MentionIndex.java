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

    /**
     * The two nations a sentence is about, one mention each, when it names exactly two as actors
     * (venues left out); empty otherwise. "The two countries" and "each other" stand for them.
     */
    List<Mention> sentencePair() {
        java.util.Map<String, Mention> first = new java.util.LinkedHashMap<>();
        for (Mention m : sentence.actorCandidates()) {
            first.putIfAbsent(m.code(), m);
        }
        return first.size() == 2 ? List.copyOf(first.values()) : List.of();
    }

    /** The last official (a person or body acting for a state) named before a token, or null. */
    Mention officialBefore(int token) {
        Mention last = null;
        for (Mention m : sentence.mentions()) {
            if (m.entry().kind() == EntryKind.OFFICIAL && m.lastToken() < token
                    && (last == null || m.lastToken() > last.lastToken())) {
                last = m;
            }
        }
        return last;
    }

    boolean venuesAllowed() {
        return venuesAllowed;
    }
}
