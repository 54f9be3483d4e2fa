package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The nations written right before a verb, joined by "and" or commas: "Washington and Beijing
 * agreed". Used only when the parse gives the verb no subject at all.
 */
final class AdjacentSubjects {

    private static final Set<String> AUXILIARIES = Set.of(
            "have", "has", "had", "will", "would", "also", "jointly", "both", "finally", "again", "then");
    private static final Set<String> JOINERS = Set.of("and", ",");

    private AdjacentSubjects() {
    }

    static List<Mention> before(int verb, SentenceContext sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        int t = verb - 1;
        while (t >= 0 && AUXILIARIES.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
            t--;
        }
        List<Mention> found = new ArrayList<>();
        while (t >= 0) {
            Mention ending = endingAt(t, sentence);
            if (ending == null) {
                break;
            }
            found.add(ending);
            t = ending.firstToken() - 1;
            if (t >= 0 && tokens.get(t).word().equalsIgnoreCase("the")) {
                t--;
            }
            if (t < 0 || !JOINERS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                break;
            }
            t--;
        }
        Collections.reverse(found);
        return found;
    }

    private static Mention endingAt(int token, SentenceContext sentence) {
        for (Mention m : sentence.actorCandidates()) {
            if (m.lastToken() == token) {
                return m;
            }
        }
        return null;
    }
}
