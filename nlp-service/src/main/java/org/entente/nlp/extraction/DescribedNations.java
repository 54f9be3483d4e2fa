package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Wire copy names a state once and then describes it: "a Saudi plane ... the first aid flight from the kingdom",
 * "the island's navy", "the Baltic state's decision". A singular "the kingdom / emirate / island / country /
 * ... state" stands for the nearest nation named before it in the sentence. Such a description acts for that
 * state like an official does (kind OFFICIAL: an actor, not a mention of the nation's name). Needs the tags.
 */
final class DescribedNations {

    /** Nouns that describe a state by its kind. */
    private static final Set<String> DESCRIPTIONS = Set.of(
            "kingdom", "emirate", "sultanate", "principality", "island", "archipelago", "republic");
    /** "state" counts only with a modifier that makes it a country: "the Gulf state", "the island state". */
    private static final String STATE = "state";

    private DescribedNations() {
    }

    static List<Mention> find(List<CoreLabel> tokens, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        for (int t = 1; t < tokens.size(); t++) {
            CoreLabel token = tokens.get(t);
            String tag = token.tag();
            String word = token.word().toLowerCase(Locale.ROOT);
            if (tag == null || !tag.equals("NN") || !(DESCRIPTIONS.contains(word) || word.equals(STATE))
                    || nounFollows(tokens, t) || claimed(named, t)) {
                continue;
            }
            int determiner = determinerBefore(tokens, t);
            if (determiner < 0 || (word.equals(STATE) && determiner == t - 1) || namedBetween(named, determiner, t)
                    || (t + 1 < tokens.size() && tokens.get(t + 1).word().equals("of"))) {
                continue; // "the Azerbaijani republic", "the island of Taiwan": the phrase names its own state
            }
            Mention antecedent = null;
            for (Mention m : named) {
                if (m.isNation() && m.lastToken() < determiner
                        && (antecedent == null || m.lastToken() > antecedent.lastToken())) {
                    antecedent = m;
                }
            }
            if (antecedent != null) {
                GazetteerEntry entry = new GazetteerEntry(antecedent.code(), antecedent.entry().name(), EntryKind.OFFICIAL,
                        token.word(), false);
                CoreLabel first = tokens.get(determiner);
                found.add(new Mention(entry, token.word(), first.beginPosition(), token.endPosition(), determiner, t, false));
            }
        }
        return found;
    }

    /** "the" right before the noun or before its modifiers ("the Gulf state", "the Himalayan nation"); -1 if none. */
    private static int determinerBefore(List<CoreLabel> tokens, int noun) {
        for (int i = noun - 1; i >= Math.max(0, noun - 3); i--) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (word.equals("the")) {
                return i;
            }
            String tag = tokens.get(i).tag();
            if (tag == null || !(tag.startsWith("JJ") || tag.startsWith("NNP") || tag.equals("NN") || tag.equals("HYPH"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "the country team", "the state media": the word modifies another noun. */
    private static boolean nounFollows(List<CoreLabel> tokens, int t) {
        if (t + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(t + 1).tag();
        return next != null && next.startsWith("NN");
    }

    private static boolean namedBetween(List<Mention> named, int from, int to) {
        return named.stream().anyMatch(m -> m.firstToken() > from && m.lastToken() < to);
    }

    private static boolean claimed(List<Mention> named, int t) {
        return named.stream().anyMatch(m -> m.firstToken() <= t && t <= m.lastToken());
    }
}
