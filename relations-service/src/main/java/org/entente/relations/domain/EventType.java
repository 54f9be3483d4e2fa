package org.entente.relations.domain;

/** The PLOVER event types an {@code Event v1} may carry (docs/contracts.md). */
public enum EventType {
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT,
    DEMAND,
    DISAPPROVE,
    INVESTIGATE,
    FIGHT;

    /** The type with this name, or null when the name is not a PLOVER type. */
    public static EventType parse(String name) {
        if (name == null) {
            return null;
        }
        for (EventType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
