package org.entente.nlp.extraction;

import java.util.Locale;

/** Whether an event happened, is only planned or promised, or was refused or failed. */
public enum Modality {
    ASSERTED,
    INTENT,
    NEGATED;

    /** The lower-case form used on the wire ({@code asserted}, {@code intent}, {@code negated}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }
}
