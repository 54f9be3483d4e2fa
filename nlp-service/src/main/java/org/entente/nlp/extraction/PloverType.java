package org.entente.nlp.extraction;

/**
 * The twenty PLOVER event types Entente extracts, each with the CAMEO root code that GDELT users
 * know. The CAMEO roots follow PLOVER's own CAMEO-to-PLOVER table (draft 0.8); where PLOVER merges
 * several CAMEO roots the most common one is given.
 */
public enum PloverType {
    AGREE("03"),
    CONSULT("04"),
    SUPPORT("05"),
    CONCEDE("08"),
    COOPERATE("06"),
    AID("07"),
    RETREAT("08"),
    REQUEST("02"),
    ACCUSE("11"),
    REJECT("12"),
    THREATEN("13"),
    PROTEST("14"),
    SANCTION("16"),
    MOBILIZE("15"),
    COERCE("17"),
    ASSAULT("18"),
    DEMAND("10"),
    DISAPPROVE("11"),
    INVESTIGATE("09"),
    FIGHT("19");

    private final String cameoRoot;

    PloverType(String cameoRoot) {
        this.cameoRoot = cameoRoot;
    }

    /** Two-digit CAMEO root code ("01".."20"). */
    public String cameoRoot() {
        return cameoRoot;
    }
}
