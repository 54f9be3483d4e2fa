package org.entente.relations.domain;

import java.util.Locale;

/** Whether the sentence states the event, announces it, or denies it. Lower case on the wire. */
public enum Modality {
    ASSERTED,
    INTENT,
    NEGATED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The modality with this wire name, or null when it is not one. */
    public static Modality parse(String wireName) {
        for (Modality modality : values()) {
            if (modality.wireName().equals(wireName)) {
                return modality;
            }
        }
        return null;
    }
}
