package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The nations named inside the noun phrase headed by a token: "Senior Hungarian and Romanian
 * officials", "leaders of Romania's new government", "the US-China talks". Stops at clauses, so
 * "Iran accused the US of violating Iraqi airspace" keeps Iraq out of the accused.
 */
final class PhraseNations {

    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nmod", "appos", "conj", "flat");
    private static final int MAX_DEPTH = 3;

    List<Mention> in(ParsedSentence parsed, int token, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        collect(parsed, token, index, 0, found);
        return found;
    }

    private void collect(ParsedSentence parsed, int token, MentionIndex index, int depth, List<Mention> found) {
        for (Mention m : index.at(token)) {
            if (!found.contains(m)) {
                found.add(m);
            }
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            String relation = arc.relation();
            String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
            if (PHRASE_RELATIONS.contains(base) && !arc.marker().equals("agent") && !arc.marker().equals("relcl")) {
                collect(parsed, arc.token(), index, depth + 1, found);
            }
        }
    }
}
