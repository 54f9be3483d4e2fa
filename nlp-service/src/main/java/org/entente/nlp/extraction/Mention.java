package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

/**
 * A gazetteer match inside one sentence, before it is reported.
 *
 * @param firstToken index of the first CoreNLP token in the sentence
 * @param lastToken index of the last token (inclusive)
 * @param venue true when the phrase names the place where something happens ("talks in Turkey") or a company's home
 *        ("Russia's Gazprom", see {@link CompanyOwners}), which keeps it from being an actor
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

    /** Adds to {@code parties} each mention of the sides whose state {@code codes} does not hold yet. */
    @SafeVarargs
    static void addDistinctStates(List<Mention> parties, Set<String> codes,
            List<Mention>... sides) {
        for (List<Mention> side : sides) {
            for (Mention m : side) {
                if (codes.add(m.code())) {
                    parties.add(m);
                }
            }
        }
    }
}
