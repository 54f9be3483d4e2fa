package org.entente.nlp.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/** Finds nation and organization mentions in one sentence's tokens with the gazetteer. */
final class MentionFinder {

    private static final Comparator<GazetteerEntry> PREFERENCE = Comparator.comparingInt(e -> switch (e.kind()) {
        case BLOCKER -> 0;
        case ORGANIZATION -> 1;
        case NATION_NAME -> 2;
        case NATION_ADJECTIVE -> 3;
        case CAPITAL -> 4;
        case OFFICIAL -> 5;
    });

    private final PhraseTrie trie;
    private final AmbiguityRules rules;
    private final OfficialFinder officials;

    MentionFinder(Gazetteer gazetteer, StateOfficials officials) {
        this.trie = new PhraseTrie(gazetteer.entries());
        this.rules = new AmbiguityRules();
        this.officials = new OfficialFinder(officials, gazetteer.nationNames());
    }

    /** Nations, organizations and officials; {@code date} (may be null) picks the office an official held then. */
    List<Mention> find(List<CoreLabel> tokens, String text, LocalDate date) {
        List<Piece> pieces = pieces(tokens);
        List<Mention> mentions = new ArrayList<>();
        boolean[] claimed = new boolean[pieces.size()];
        for (PhraseTrie.Match match : trie.findAll(pieces)) {
            java.util.Arrays.fill(claimed, match.firstPiece(), match.lastPiece() + 1, true);
            Piece first = pieces.get(match.firstPiece());
            Piece last = pieces.get(match.lastPiece());
            String surface = text.substring(first.begin(), last.end());
            GazetteerEntry entry = match.entries().stream()
                    .filter(e -> caseFits(e, surface))
                    .min(PREFERENCE)
                    .orElse(null);
            if (entry == null || entry.kind() == EntryKind.BLOCKER) {
                continue;
            }
            Mention mention = new Mention(entry, surface, first.begin(), last.end(), first.token(), last.token(), false);
            rules.resolve(mention, tokens).ifPresent(mentions::add);
        }
        mentions.addAll(officials.find(pieces, claimed, tokens, text, date));
        // "the kingdom", "the island's navy": a description of a state named before acts for it
        mentions.addAll(DescribedNations.find(tokens, List.copyOf(mentions)));
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
        return CompanyOwners.mark(tokens, mentions);
    }

    /**
     * Whether CoreNLP's NER tags could change these mentions (found on untagged tokens): a name that could
     * also be a person's ("Jordan"), or a one-word official ("Putin"), which counts only when tagged PERSON
     * alone. No other mention reads the tags, so for every other sentence NER can be skipped.
     */
    boolean needsNamedEntities(List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> rules.dependsOnPersonTags(m)
                || (m.entry().kind() == EntryKind.OFFICIAL && m.firstToken() == m.lastToken()));
    }

    private static boolean caseFits(GazetteerEntry entry, String surface) {
        if (entry.exactCase()) {
            String letters = surface.replaceAll("[^\\p{L}\\p{N}]", "");
            return letters.equals(entry.phrase().replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        return Character.isUpperCase(surface.codePointAt(0));
    }

    static List<Piece> pieces(List<CoreLabel> tokens) {
        List<Piece> pieces = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            CoreLabel token = tokens.get(t);
            String word = token.originalText() == null ? token.word() : token.originalText();
            int offset = token.beginPosition();
            int start = 0;
            for (int i = 0; i <= word.length(); i++) {
                boolean boundary = i == word.length() || isDash(word.charAt(i));
                if (boundary) {
                    if (i > start) {
                        pieces.add(new Piece(word.substring(start, i), t, offset + start, offset + i));
                    }
                    start = i + 1;
                }
            }
        }
        return pieces;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2010' || c == '\u2011';
    }
}
