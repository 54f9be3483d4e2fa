package org.entente.nlp.extraction;

/** What a gazetteer phrase names, which decides how it may be used. */
enum EntryKind {
    /** A country's name or alias: "Saudi Arabia", "KSA". */
    NATION_NAME,
    /** A demonym or adjective: "Saudi", "Emirati". */
    NATION_ADJECTIVE,
    /** A capital or seat of government, an actor only as a metonym ("Riyadh said"), never as a venue. */
    CAPITAL,
    /** An intergovernmental organization. */
    ORGANIZATION,
    /**
     * A person or body acting for a state ("President Bush", "Putin"), or a description standing for a state
     * named before ("the kingdom", {@link DescribedNations}): an actor for that state, but not a mention of the
     * nation's name, so it is not reported among the nations.
     */
    OFFICIAL,
    /** A phrase that contains a nation's name but names something else ("Latin America", "Niger Delta"). */
    BLOCKER
}
