package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who is speaking in reported speech: "Russia said that Sudan must return ..." and
 * "Turkey signed ..., Ankara said" both name a speaker whose clause holds the trigger.
 */
final class SpeakerFinder {

    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    private final PhraseNations phrase;

    SpeakerFinder(PhraseNations phrase) {
        this.phrase = phrase;
    }

    List<Mention> speakerOf(ParsedSentence parsed, int clauseHead, MentionIndex index) {
        int current = clauseHead;
        for (int hops = 0; hops < 3; hops++) {
            for (ParsedSentence.Arc child : parsed.children(current)) {
                // "..., Ankara said" hangs off the trigger as advcl; "unless X arranged" names a condition, not a speaker
                boolean speech = child.is("advcl") && !CONDITIONS.contains(child.marker());
                if (child.is("parataxis") || (hops == 0 && speech)) {
                    List<Mention> subject = subjectOf(parsed, child.token(), index);
                    if (!subject.isEmpty()) {
                        return subject;
                    }
                }
            }
            List<ParsedSentence.Arc> parents = parsed.parents(current);
            if (parents.isEmpty()) {
                return List.of();
            }
            ParsedSentence.Arc up = parents.get(0);
            if (!(up.is("ccomp") || up.is("xcomp") || up.is("parataxis") || up.is("advcl") || up.is("conj"))) {
                return List.of();
            }
            current = up.token();
            List<Mention> subject = subjectOf(parsed, current, index);
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        return List.of();
    }

    private List<Mention> subjectOf(ParsedSentence parsed, int verb, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                found.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
        return found;
    }
}
