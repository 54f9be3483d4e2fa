package org.entente.nlp.domain;

/** The part of an article an event's sentence and offsets are from (Event v1 {@code evidencePart}). */
public enum EvidencePart {
    TEXT("text"),
    /** The headline (Article v1 {@code title}), read on its own, never joined to the text's first sentence. */
    TITLE("title");

    private final String wire;

    EvidencePart(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
