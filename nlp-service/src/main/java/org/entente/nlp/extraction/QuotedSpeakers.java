package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Officials' own words: "I spoke with Prime Minister @SwedishPM today," U.S. President Joe Biden posted; Indian Prime
 * Minister Narendra Modi posted: "Spoke to my friend @AlboMP ..."; "Sweden has met our demands," Erdogan told
 * reporters. Inside a quotation the first person ("I", "we", "our", "us", and a verb with its subject left out at the
 * quotation's start) is the speaker, and the speaker's state is named in the speech tag outside the quotation: before
 * the verb of saying when the tag follows the quotation (the states after the verb are those addressed: "told Trump"),
 * before the colon when it opens the quotation. The parser rarely ties a quotation to its tag (it hangs the tag on the
 * quotation's last clause), so the tag is read on the words.
 */
final class QuotedSpeakers {

    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d");
    private static final Set<String> SAYING = Set.of(
            "say", "tell", "post", "write", "add", "tweet", "state", "declare", "announce", "insist", "stress");
    private static final Set<String> DASHES = Set.of("--", "\u2014");
    private static final Set<String> SUBJECTS = Set.of("i", "we");
    private static final Set<String> OBJECTS = Set.of("me", "us", "my", "our");
    /** How far after a quotation its tag's verb may stand: ", Ukrainian Prime Minister Denys Shmyhal posted". */
    private static final int TAG_SPAN = 10;

    private QuotedSpeakers() {
    }

    /** The quotation around a token: its first and last tokens inside the marks, or null. */
    static int[] quotation(List<CoreLabel> tokens, int token) {
        int open = -1;
        for (int t = 0; t < tokens.size(); t++) {
            if (!QUOTES.contains(tokens.get(t).word())) {
                continue;
            }
            if (open < 0) {
                open = t;
            } else {
                if (open < token && token < t) {
                    return new int[] { open + 1, t - 1 };
                }
                open = -1;
            }
        }
        for (int t = token + 1; t < tokens.size(); t++) {
            if (DASHES.contains(tokens.get(t).word())) {
                // "Had a productive call with my Emirati counterpart ... -- India's External Affairs Minister on X": a
                // post quoted whole, its author after a dash with no verb of his own
                int dash = t;
                boolean verbAfter = tokens.subList(dash + 1, tokens.size()).stream()
                        .anyMatch(c -> c.tag() != null && c.tag().startsWith("VB"));
                return verbAfter || open >= 0 ? null : new int[] { 0, dash - 1 };
            }
        }
        return null;
    }

    /** The states of the one who speaks a quotation, or none when its tag names no single state. */
    static List<Mention> speaker(List<CoreLabel> tokens, int[] quotation, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        if (quotation[1] + 1 < tokens.size() && DASHES.contains(tokens.get(quotation[1] + 1).word())) {
            for (int t = quotation[1] + 2; t < tokens.size(); t++) {
                found.addAll(index.at(t));
            }
            return single(found);
        }
        int close = quotation[1] + 2;
        int verb = -1;
        for (int t = close; t < Math.min(tokens.size(), close + TAG_SPAN); t++) {
            if (saying(tokens, t)) {
                verb = t;
                break;
            }
        }
        if (verb >= 0) {
            for (int t = close; t < verb; t++) {
                found.addAll(index.at(t));
            }
        } else {
            int open = quotation[0] - 1;
            if (open >= 1 && tokens.get(open - 1).word().equals(":")) {
                boolean tagged = false;
                for (int t = open - 2; t >= 0 && !QUOTES.contains(tokens.get(t).word()); t--) {
                    tagged |= saying(tokens, t);
                    if (tagged) {
                        found.addAll(0, index.at(t));
                    }
                }
                if (!tagged) {
                    found.clear();
                }
            }
        }
        return single(found);
    }

    /** The mentions when they name one state, else none. */
    private static List<Mention> single(List<Mention> found) {
        List<Mention> distinct = found.stream().distinct().toList();
        return distinct.stream().map(Mention::code).distinct().count() == 1 ? distinct : List.of();
    }

    /** Whether the word is the first person's subject ("I", "we"). */
    static boolean firstPersonSubject(List<CoreLabel> tokens, int token) {
        return token >= 0 && SUBJECTS.contains(tokens.get(token).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the word stands for the first person as an object or an owner ("us", "our demands"). */
    static boolean firstPersonObject(List<CoreLabel> tokens, int token) {
        return token >= 0 && OBJECTS.contains(tokens.get(token).word().toLowerCase(Locale.ROOT));
    }

    private static boolean saying(List<CoreLabel> tokens, int t) {
        return ActorResolver.tag(tokens, t).startsWith("VB") && SAYING.contains(TriggerLexicon.lemma(tokens.get(t)));
    }
}
