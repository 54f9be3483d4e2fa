package org.entente.nlp.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leftmost-longest phrase matching over pieces. Keys are the phrase with case, accents, spaces,
 * dots, hyphens and apostrophes removed, so "U.S.", "US", "Côte d'Ivoire" and "Cote d'Ivoire" all
 * meet the same key whatever CoreNLP's tokenizer did with them; a match must end on a piece boundary.
 */
final class PhraseTrie {

    /** A match of entries over pieces [firstPiece, lastPiece]. */
    record Match(List<GazetteerEntry> entries, int firstPiece, int lastPiece) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<GazetteerEntry> entries = new ArrayList<>();
    }

    private final Node root = new Node();

    PhraseTrie(List<GazetteerEntry> entries) {
        for (GazetteerEntry entry : entries) {
            Node node = root;
            for (char c : normalize(entry.phrase()).toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node());
            }
            node.entries.add(entry);
        }
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    List<Match> findAll(List<Piece> pieces) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Match longest = longestAt(pieces, i);
            if (longest == null) {
                i++;
            } else {
                matches.add(longest);
                i = longest.lastPiece() + 1;
            }
        }
        return matches;
    }

    private Match longestAt(List<Piece> pieces, int start) {
        Node node = root;
        Match best = null;
        for (int p = start; p < pieces.size() && node != null; p++) {
            String key = normalize(pieces.get(p).text());
            if (key.isEmpty()) {
                return best;
            }
            for (int k = 0; k < key.length() && node != null; k++) {
                node = node.next.get(key.charAt(k));
            }
            if (node != null && !node.entries.isEmpty()) {
                best = new Match(node.entries, start, p);
            }
        }
        return best;
    }
}
