package org.entente.relations.domain;

import java.util.List;

/** The agreement subtypes of Event v1 (docs/contracts.md). */
public final class Subtypes {

    public static final List<String> ALL = List.of(
            "defense_pact", "treaty", "normalization", "trade_deal",
            "military_cooperation", "ceasefire", "negotiation_round");

    private Subtypes() {
    }

    public static boolean isKnown(String subtype) {
        return ALL.contains(subtype);
    }
}
