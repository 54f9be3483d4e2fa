package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds state officials named in a sentence ("President Bush", "Putin", "the Obama administration")
 * and turns each into an actor mention of the state they served on the article's date. Looks up the
 * word n-grams that start with a capitalized word and that the gazetteer did not already claim.
 * A one-word name ("Putin") counts only when CoreNLP tags it PERSON on its own: "Jeb Bush" is
 * another person, and "Bush" at the start of a sentence about wildfires is no one.
 */
final class OfficialFinder {

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
            Mention mention = null;
            for (int n = Math.min(length, free(claimed, i)); n >= 1 && mention == null; n--) {
                mention = match(pieces, i, n, tokens, text, date).orElse(null);
            }
            if (mention == null) {
                i++;
            } else {
                found.add(mention);
                i = indexAfter(pieces, mention.lastToken(), i);
            }
        }
        return found;
    }

    private Optional<Mention> match(List<Piece> pieces, int start, int n, List<CoreLabel> tokens, String text, LocalDate date) {
        List<String> words = new ArrayList<>(n);
        for (int p = start; p < start + n; p++) {
            words.add(pieces.get(p).text());
        }
        StateOfficial official = officials.get(words);
        if (official == null) {
            return Optional.empty();
        }
        Piece first = pieces.get(start);
        Piece last = pieces.get(start + n - 1);
        if (first.token() == last.token() && !aloneAsPerson(tokens, first.token())) {
            return Optional.empty();
        }
        return official.stateOn(date).map(state -> new Mention(
                new GazetteerEntry(state, nationNames.getOrDefault(state, state), EntryKind.OFFICIAL, official.name(), false),
                text.substring(first.begin(), last.end()), first.begin(), last.end(), first.token(), last.token(), false));
    }

    /** Untagged sentences (the pre-filter's pass) give the name the benefit of the doubt. */
    private static boolean aloneAsPerson(List<CoreLabel> tokens, int token) {
        String tag = tokens.get(token).get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (tag == null) {
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

    private static int indexAfter(List<Piece> pieces, int lastToken, int from) {
        int p = from;
        while (p < pieces.size() && pieces.get(p).token() <= lastToken) {
            p++;
        }
        return p;
    }
}
