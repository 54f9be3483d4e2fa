package org.entente.nlp.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A response that the sentence says an act provoked: "A Turkish artillery barrage killed nine tourists, prompting Baghdad
 * to open an investigation", "Moscow expelled two diplomats, forcing Tallinn to lodge a protest". The causative verb's
 * object does the response (the parse already gives it as the subject of the infinitive); when the response names no
 * one it is done to, it answers whoever did the provoking act: the subject of the causative verb itself ("raids ...
 * prompted Baku to cancel ..."), or for a participle the states acting in the clause it hangs on. Structure, not a
 * guess: a response with no causative verb above it is left to the other rules.
 */
final class ProvokedResponses {

    /** Verbs by which an act makes a state do something: "prompting X to", "forced X to", "led X to". */
    private static final Set<String> CAUSING = Set.of(
            "prompt", "force", "lead", "push", "spur", "compel", "cause", "drive", "provoke", "trigger", "move");

    /** Responses aimed at whoever provoked them (CAMEO's reactive categories), not gifts or meetings. */
    private static final Set<PloverType> ANSWERING = EnumSet.of(PloverType.REQUEST, PloverType.DEMAND,
            PloverType.DISAPPROVE, PloverType.ACCUSE, PloverType.PROTEST, PloverType.SANCTION, PloverType.INVESTIGATE,
            PloverType.REJECT, PloverType.THREATEN, PloverType.MOBILIZE);

    private final PhraseNations phrase = new PhraseNations();

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || !ANSWERING.contains(trigger.type()) || found.sources().isEmpty()
                || !found.targets().isEmpty()) {
            return found;
        }
        List<CoreLabel> tokens = sentence.tokens();
        int causing = causingVerb(parsed, trigger.head(), tokens);
        if (causing < 0) {
            return found;
        }
        List<Mention> provokers = provokers(parsed, causing, tokens, new MentionIndex(sentence, false),
                Counterparts.codes(found.sources()));
        return provokers.isEmpty() ? found : found.with(found.sources(), provokers, found.guessed());
    }

    /**
     * The causative verb whose infinitive holds the trigger ("prompting Baghdad to open an investigation and to lodge a
     * complaint": the second infinitive through its conjunct), or -1.
     */
    private static int causingVerb(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        int current = head;
        for (int steps = 0; steps < 3 && !ActorResolver.tag(tokens, current).startsWith("VB"); steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null || !(up.is("obj") || up.is("nmod") || up.is("obl"))) {
                return -1;
            }
            current = up.token();
        }
        for (int steps = 0; steps < 3; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return -1;
            }
            if (up.is("conj")) {
                current = up.token();
                continue;
            }
            if (up.is("xcomp") && CAUSING.contains(parsed.lemma(up.token()).toLowerCase(Locale.ROOT))) {
                return up.token();
            }
            return -1;
        }
        return -1;
    }

    /**
     * Who did the provoking act: the causative verb's own subject, else (a participle: "..., prompting X to") the subject
     * states of the clauses above it or told beside it ("killed nine tourists, Iraqi officials said, prompting ...").
     */
    private List<Mention> provokers(ParsedSentence parsed, int causing, List<CoreLabel> tokens, MentionIndex index,
            Set<String> responders) {
        List<Mention> own = subjectStates(parsed, causing, index, responders);
        if (!own.isEmpty() || hasSubject(parsed, causing)) {
            return own;
        }
        int from = causing;
        int current = causing;
        for (int steps = 0; steps < 3; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                break;
            }
            from = current;
            current = up.token();
            if (!ActorResolver.tag(tokens, current).startsWith("VB")) {
                return List.of(); // a participle on a noun tells of the noun, not of an act's doer
            }
            List<Mention> subject = subjectStates(parsed, current, index, responders);
            if (!subject.isEmpty()) {
                return subject;
            }
            for (ParsedSentence.Arc arc : parsed.treeChildren(current)) {
                if (arc.token() != from && (arc.is("ccomp") || arc.is("parataxis"))
                        && ActorResolver.tag(tokens, arc.token()).startsWith("VB")) {
                    List<Mention> told = subjectStates(parsed, arc.token(), index, responders);
                    if (!told.isEmpty()) {
                        return told;
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean hasSubject(ParsedSentence parsed, int verb) {
        return parsed.treeChildren(verb).stream().anyMatch(a -> a.is("nsubj"));
    }

    private List<Mention> subjectStates(ParsedSentence parsed, int verb, MentionIndex index, Set<String> responders) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass") && !arc.relation().startsWith("nsubj:xsubj")) {
                return Counterparts.others(phrase.in(parsed, arc.token(), index), responders);
            }
        }
        return List.of();
    }
}
