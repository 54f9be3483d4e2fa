package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "..., and Saudi Arabia urged both sides to show restraint", "the United States appealed to both countries to step
 * back", "prompting Ethiopia to warn both countries": a state addresses a counted phrase that stands for the two sides
 * of the dispute the sentence tells, and it acts upon each of them (docs/event-coding.md: reciprocal phrases bind the
 * pair named in the sentence; the asker is no member of that pair). With a third state in the sentence the
 * sentence's pair is not known to {@link PhraseNations}; here the asker is: the phrase stands for the two states the
 * sentence names besides the act's doers, when exactly two are left.
 */
final class CountedAddressees {

    /** How an addressee hangs on the act: "urged both sides", "appealed to both countries", "called on both parties". */
    private static final Set<String> ADDRESS_MARKERS = Set.of("to", "on", "upon");

    Actors complete(TriggerMatch trigger, Actors found, ParsedSentence parsed, SentenceContext sentence) {
        if (parsed == null || found.sources().isEmpty() || !found.mutual().isEmpty()
                || !addressesCountedPair(parsed, trigger.head())) {
            return found;
        }
        Map<String, Mention> others = new LinkedHashMap<>();
        for (Mention m : sentence.actorCandidates()) {
            if (found.sources().stream().noneMatch(s -> s.code().equals(m.code()))) {
                others.putIfAbsent(m.code(), m);
            }
        }
        if (others.size() != 2) {
            return found; // more states than the dispute's two: which pair the phrase stands for is not known here
        }
        return found.with(found.sources(), new ArrayList<>(others.values()), found.guessed());
    }

    /** Whether the act's object, or its "to"/"on" phrase, is a phrase that counts two parties ("both sides"). */
    private static boolean addressesCountedPair(ParsedSentence parsed, int head) {
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            boolean addressed = arc.is("obj") || arc.is("iobj")
                    || arc.relation().startsWith("obl") && ADDRESS_MARKERS.contains(arc.marker());
            if (addressed && countsTwo(parsed, arc.token())) {
                return true;
            }
            if ((arc.relation().startsWith("advcl") || arc.is("xcomp")) && arc.token() > head
                    && askedSubject(parsed, arc.token())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called on both sides to return to talks", "appealed to both countries to step back": the parser often makes
     * the phrase the subject of the infinitive that tells what is asked.
     */
    private static boolean askedSubject(ParsedSentence parsed, int clause) {
        boolean infinitive = parsed.treeChildren(clause).stream()
                .anyMatch(a -> a.is("mark") && parsed.word(a.token()).equalsIgnoreCase("to"));
        if (!infinitive) {
            return false; // "..., after both sides signed": a clause of its own, not what is asked
        }
        for (ParsedSentence.Arc arc : parsed.treeChildren(clause)) {
            if (arc.is("nsubj") && arc.token() < clause && countsTwo(parsed, arc.token())) {
                return true;
            }
        }
        return false;
    }

    private static boolean countsTwo(ParsedSentence parsed, int token) {
        if (PhraseNations.reciprocal(parsed, token) == 2) {
            return true;
        }
        // "we call on both parties": the parties of a dispute (PhraseNations leaves "parties" out, where the word
        // as often names political parties)
        String word = parsed.word(token).toLowerCase(Locale.ROOT);
        return word.equals("parties") && parsed.treeChildren(token).stream()
                .anyMatch(a -> a.is("det") && parsed.word(a.token()).equalsIgnoreCase("both"));
    }
}
