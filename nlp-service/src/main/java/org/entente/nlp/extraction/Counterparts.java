package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The states on the other side of an act whose doer is known (a judge's, a vower's): the mentions of a phrase that are
 * nations and not the doer's own state.
 */
final class Counterparts {

    private Counterparts() {
    }

    static Set<String> codes(List<Mention> mentions) {
        Set<String> codes = new HashSet<>();
        mentions.forEach(m -> codes.add(m.code()));
        return codes;
    }

    static List<Mention> others(List<Mention> mentions, Set<String> doerCodes) {
        List<Mention> others = new ArrayList<>(mentions);
        others.removeIf(m -> doerCodes.contains(m.code()) || !m.isNation());
        return others;
    }

    /** A pronoun, wh-word or determiner standing for a phrase named elsewhere ("it", "which", "that"). */
    static boolean pronoun(List<CoreLabel> tokens, int token) {
        String tag = ActorResolver.tag(tokens, token);
        return tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT");
    }
}
