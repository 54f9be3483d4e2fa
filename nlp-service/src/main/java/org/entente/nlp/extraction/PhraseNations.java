package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nations named inside the noun phrase headed by a token: "Senior Hungarian and Romanian
 * officials", "leaders of Romania's new government", "the US-China talks". Stops at clauses, so
 * "Iran accused the US of violating Iraqi airspace" keeps Iraq out of the accused, and keeps only
 * the shallowest nations: "Poland's efforts to house Ukrainian refugees" names Poland.
 */
final class PhraseNations {

    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nmod", "appos", "conj", "flat");
    private static final int MAX_DEPTH = 3;

    /**
     * The nations of a phrase, found at their depth below its head.
     *
     * @param depth how many modifier steps below the head the shallowest nations sit; -1 when none
     */
    record Found(List<Mention> nations, int depth) {

        static final Found NONE = new Found(List.of(), -1);

        boolean isEmpty() {
            return nations.isEmpty();
        }
    }

    List<Mention> in(ParsedSentence parsed, int token, MentionIndex index) {
        return find(parsed, token, index).nations();
    }

    Found find(ParsedSentence parsed, int token, MentionIndex index) {
        Map<Mention, Integer> found = new LinkedHashMap<>();
        collect(parsed, token, index, 0, found, new HashSet<>());
        if (found.isEmpty()) {
            return Found.NONE;
        }
        int shallowest = found.values().stream().min(Integer::compare).orElse(0);
        List<Mention> nations = new ArrayList<>();
        found.forEach((m, depth) -> {
            if (depth == shallowest) {
                nations.add(m);
            }
        });
        return new Found(nations, shallowest);
    }

    private void collect(ParsedSentence parsed, int token, MentionIndex index, int depth, Map<Mention, Integer> found,
            Set<Integer> seen) {
        if (!seen.add(token)) {
            return;
        }
        for (Mention m : index.at(token)) {
            found.merge(m, depth, Math::min);
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            String relation = arc.relation();
            String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
            if (PHRASE_RELATIONS.contains(base) && !arc.marker().equals("agent") && !arc.marker().equals("relcl")) {
                // a conjunct is as much the phrase as its first member
                collect(parsed, arc.token(), index, base.equals("conj") ? depth : depth + 1, found, seen);
            }
        }
    }
}
