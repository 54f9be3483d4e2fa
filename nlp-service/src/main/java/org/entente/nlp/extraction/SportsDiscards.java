package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The sports phrases of PETRARCH2's discards file ({@code sports-discards.txt}, generated): a sentence that holds one
 * reports a match or a tournament, not an act of one state towards another ("Brazil beat Argentina in a World Cup
 * qualifier", "India toured Pakistan for a test series"), and gives no event.
 */
final class SportsDiscards {

    static final String RESOURCE = "/extraction/sports-discards.txt";

    private static final class Holder {
        static final SportsDiscards SHARED = load();
    }

    private final Map<String, List<String[]>> byFirstWord;

    private SportsDiscards(Map<String, List<String[]>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** The phrases, read once per process. */
    static SportsDiscards shared() {
        return Holder.SHARED;
    }

    static SportsDiscards load() {
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String[] row : Gazetteer.rows(RESOURCE)) {
            String[] words = row[0].split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        return new SportsDiscards(Map.copyOf(byFirstWord));
    }

    /** Whether the sentence's words hold a sports phrase (case ignored). */
    boolean holds(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String[] phrase : byFirstWord.getOrDefault(lower(tokens, i), List.of())) {
                if (matchesAt(tokens, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<CoreLabel> tokens, int start, String[] phrase) {
        if (start + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(lower(tokens, start + k))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(List<CoreLabel> tokens, int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
}
