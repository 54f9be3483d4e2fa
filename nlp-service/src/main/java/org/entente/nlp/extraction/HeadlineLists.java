package org.entente.nlp.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Headline grammar writes "and" as a comma: "Tokyo, Manila ink pact", "French, German leaders arrive in Kyiv", "asks
 * Mexico, Venezuela for fuel". CoreNLP's tagger and parser, trained on full sentences, read the first name as a
 * dislocated noun or an apposition, so the pair loses a party. In a headline (a sentence without a final full stop)
 * a comma between two names of different states, in a list that no "and" closes, is rewritten to "and" on the token
 * before tagging: the parse then sees the co-ordination the writer meant. The token keeps its offsets, so the
 * evidence text is unchanged. Not in a full sentence, where such a comma is an apposition or a list.
 */
final class HeadlineLists {

    private static final Set<String> ENDINGS = Set.of(".", "?", "!");
    private static final Set<String> QUOTES = Set.of("'", "\"", "''", "``", "`", "-RRB-", ")", "\u2019", "\u201d");
    private static final Set<String> CLOSERS = Set.of("and", "or", "&");
    /** ", US Navy says", ", Algiers claims": an attribution after the headline, no co-ordinated party. */
    private static final Set<String> ATTRIBUTIONS = Set.of(
            "say", "says", "said", "claim", "claims", "report", "reports", "confirm", "confirms", "tell", "tells",
            "warn", "warns", "insist", "insists");

    private HeadlineLists() {
    }

    static boolean isHeadline(List<CoreLabel> tokens) {
        for (int t = tokens.size() - 1; t >= 0; t--) {
            String word = tokens.get(t).word();
            if (!QUOTES.contains(word)) {
                return !ENDINGS.contains(word);
            }
        }
        return false;
    }

    /** Rewrites, in place, the commas of a headline that join the names of states into "and". */
    static void join(List<CoreLabel> tokens, List<Mention> mentions) {
        if (!isHeadline(tokens)) {
            return;
        }
        int t = 0;
        while (t < tokens.size()) {
            Mention first = startingAt(t, mentions);
            if (first == null) {
                t++;
                continue;
            }
            // the chain of names joined by bare commas: "Poland, Lithuania, Latvia, Estonia"
            Mention last = first;
            int links = 0;
            int comma = last.lastToken() + 1;
            Mention next;
            while (comma < tokens.size() && tokens.get(comma).word().equals(",")
                    && (next = startingAt(comma + 1, mentions)) != null) {
                last = next;
                links++;
                comma = last.lastToken() + 1;
            }
            if (links > 0 && !closed(tokens, last.lastToken() + 1) && !attributed(tokens, last.lastToken() + 1)
                    && !oneState(first, tokens, mentions, last)) {
                for (int k = first.lastToken() + 1; k < last.firstToken(); k++) {
                    if (tokens.get(k).word().equals(",")) {
                        tokens.get(k).setWord("and");
                        tokens.get(k).setValue("and");
                    }
                }
            }
            t = last.lastToken() + 1;
        }
    }

    private static Mention startingAt(int token, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.isNation() && m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** "Israel, Chile and Colombia": a list the writer closed with "and" is already written as English writes it. */
    private static boolean closed(List<CoreLabel> tokens, int after) {
        return after < tokens.size() && CLOSERS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT));
    }

    private static boolean attributed(List<CoreLabel> tokens, int after) {
        for (int t = after; t < Math.min(tokens.size(), after + 3); t++) {
            if (ATTRIBUTIONS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Doha, Qatar": a place and its own state is one party. */
    private static boolean oneState(Mention first, List<CoreLabel> tokens, List<Mention> mentions, Mention last) {
        return mentions.stream()
                .filter(m -> m.isNation() && m.firstToken() >= first.firstToken() && m.lastToken() <= last.lastToken())
                .map(Mention::code).distinct().count() < 2;
    }
}
