package org.entente.nlp.extraction;

/**
 * A gazetteer match inside one sentence, before it is reported.
 *
 * @param firstToken index of the first CoreNLP token in the sentence
 * @param lastToken index of the last token (inclusive)
 * @param venue true when the phrase names the place where something happens ("talks in Turkey"),
 *        which keeps it from being an actor
 */
record Mention(GazetteerEntry entry, String text, int begin, int end, int firstToken, int lastToken, boolean venue) {

    String code() {
        return entry.code();
    }

    boolean isNation() {
        return entry.kind() != EntryKind.ORGANIZATION && entry.kind() != EntryKind.BLOCKER;
    }

    boolean isActorCandidate() {
        return isNation() && !venue;
    }

    boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }
}
