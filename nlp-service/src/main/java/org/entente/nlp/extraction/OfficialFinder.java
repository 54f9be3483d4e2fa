package org.entente.nlp.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Finds state officials named in a sentence ("President Bush", "Putin", "the Obama administration")
 * and turns each into an actor mention of the state they served on the article's date. Looks up the
 * word n-grams that start with a capitalized word and that the gazetteer did not already claim.
 * A one-word name ("Putin") counts only when CoreNLP tags it PERSON on its own: "Jeb Bush" is
 * another person, and "Bush" at the start of a sentence about wildfires is no one.
 */
final class OfficialFinder {

    private static final Set<String> NO_LONGER_IN_OFFICE = Set.of("former", "ex", "late");

    private final StateOfficials officials;
    private final Map<String, String> nationNames;

    OfficialFinder(StateOfficials officials, Map<String, String> nationNames) {
        this.officials = officials;
        this.nationNames = nationNames;
    }

    List<Mention> find(List<Piece> pieces, boolean[] claimed, List<CoreLabel> tokens, String text, LocalDate date) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int length = claimed[i] || !capitalized(pieces.get(i)) ? 0 : officials.longestNameFrom(pieces.get(i).text());
            int matched = 0;
            for (int n = Math.min(length, free(claimed, i)); n >= 1 && matched == 0; n--) {
                StateOfficial official = officials.get(words(pieces, i, n));
                if (official != null && (pieces.get(i).token() != pieces.get(i + n - 1).token()
                        || aloneAsPerson(tokens, pieces.get(i).token()))) {
                    matched = n;
                    mention(official, pieces, i, n, text, date).ifPresent(found::add);
                }
            }
            // a name that matched but acts for no state ("former President Obama") still ends here
            i += Math.max(1, matched);
        }
        return found;
    }

    private Optional<Mention> mention(StateOfficial official, List<Piece> pieces, int start, int n, String text,
            LocalDate date) {
        if (start > 0 && NO_LONGER_IN_OFFICE.contains(pieces.get(start - 1).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "former President Obama", "ex-Premier ...": the source may still show the office open
        }
        Piece first = pieces.get(start);
        Piece last = pieces.get(start + n - 1);
        return official.stateOn(date).filter(nationNames::containsKey).map(state -> new Mention(
                new GazetteerEntry(state, nationNames.get(state), EntryKind.OFFICIAL, official.name(), false),
                text.substring(first.begin(), last.end()), first.begin(), last.end(), first.token(), last.token(), false));
    }

    private static List<String> words(List<Piece> pieces, int start, int n) {
        List<String> words = new ArrayList<>(n);
        for (int p = start; p < start + n; p++) {
            words.add(pieces.get(p).text());
        }
        return words;
    }

    /**
     * A one-word name is a person tagged alone, or an acronym tagged as an organization ("CENTCOM").
     * Untagged sentences (the pre-filter's pass) give the name the benefit of the doubt.
     */
    private static boolean aloneAsPerson(List<CoreLabel> tokens, int token) {
        String tag = tokens.get(token).get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (tag == null) {
            return true;
        }
        String word = tokens.get(token).word();
        if (tag.equals("ORGANIZATION") && word.length() >= 3 && word.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        return tag.equals("PERSON") && !isPerson(tokens, token - 1) && !isPerson(tokens, token + 1);
    }

    private static boolean isPerson(List<CoreLabel> tokens, int token) {
        return token >= 0 && token < tokens.size()
                && "PERSON".equals(tokens.get(token).get(CoreAnnotations.NamedEntityTagAnnotation.class));
    }

    private static boolean capitalized(Piece piece) {
        return !piece.text().isEmpty() && Character.isUpperCase(piece.text().codePointAt(0));
    }

    private static int free(boolean[] claimed, int start) {
        int n = 0;
        while (start + n < claimed.length && !claimed[start + n]) {
            n++;
        }
        return n;
    }
}
