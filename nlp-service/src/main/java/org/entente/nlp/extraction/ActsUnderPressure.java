package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * An act done "under pressure from" another state gives in to it (coding guide, CONCEDE: "accepting terms under
 * pressure"): "Under pressure from Washington, Kazakhstan agreed to stop re-exports ...", "Under mounting pressure from
 * Seoul, Tokyo eventually agreed to ...", "Pakistan and India, under pressure from Washington and Riyadh, agreed to stop
 * all firing". The act itself may involve no other state ("Israel dismissed two officers") or a third one, so the
 * concession is told by the phrase, not by an event between the two: CONCEDE from the clause's subject to the states the
 * pressure phrase names. The blind sets' coders coded it so in all 16 readable sentences with the phrase (sets 3, 6, 8,
 * 9, 10, headlines, train3, by six writers); the verbs of yielding ("bowed to U.S. pressure") have their own rows.
 */
final class ActsUnderPressure {

    private static final Set<String> PRESSURE = Set.of("pressure", "duress");

    private final PhraseNations phrase = new PhraseNations();

    List<ClauseAct> find(SentenceContext sentence, ParsedSentence parsed) {
        List<CoreLabel> tokens = sentence.tokens();
        MentionIndex index = new MentionIndex(sentence, false);
        List<ClauseAct> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            int under = PRESSURE.contains(parsed.lemma(t)) ? under(tokens, t) : -1;
            if (under < 0) {
                continue;
            }
            int governor = governor(parsed, t, under);
            if (governor < 0) {
                continue;
            }
            Map<String, Mention> named = new LinkedHashMap<>();
            for (int word = under + 1; word <= t; word++) {
                // the noun's own phrase, and that of a modifier the parser made its head ("mounting ... from Seoul")
                phrase.in(parsed, word, index).stream().filter(Mention::isNation).forEach(m -> named.putIfAbsent(m.code(), m));
                for (ParsedSentence.Arc arc : parsed.children(word)) {
                    if (arc.marker().equals("from") || arc.marker().equals("by")) {
                        phrase.in(parsed, arc.token(), index).stream().filter(Mention::isNation)
                                .forEach(m -> named.putIfAbsent(m.code(), m));
                    }
                }
            }
            List<Mention> pressers = new ArrayList<>(named.values());
            if (pressers.isEmpty()) {
                continue; // "under international pressure": no state named
            }
            Set<String> pressing = Counterparts.codes(pressers);
            List<Mention> yielders = new ArrayList<>();
            for (Mention m : yielders(parsed, tokens, governor, index)) {
                if (m.isNation() && !pressing.contains(m.code())) {
                    yielders.add(m);
                }
            }
            if (!yielders.isEmpty()) {
                // told at the act's own verb, whose modality it takes: "agreed to stop" is done, and the noun's "to stop"
                // would make it an intention (and so an AGREE)
                found.add(new ClauseAct(act(parsed, tokens, governor), yielders, pressers));
            }
        }
        return found;
    }

    /**
     * The word "under" before the noun with only its modifiers between ("under heavy pressure", "under mounting U.S.
     * pressure"), or -1. Read from the words: the parser takes "mounting" for a verb whose object is the pressure.
     */
    private static int under(List<CoreLabel> tokens, int noun) {
        for (int u = noun - 1; u >= Math.max(0, noun - 4); u--) {
            String word = tokens.get(u).word();
            if (word.equalsIgnoreCase("under")) {
                return u;
            }
            String tag = ActorResolver.tag(tokens, u);
            if (!(tag.startsWith("JJ") || tag.equals("VBG") || tag.startsWith("NNP") || tag.startsWith("RB")
                    || tag.equals("POS"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The word the "under" phrase hangs on, above the phrase's own words (a misparsed "mounting"), or -1. */
    private static int governor(ParsedSentence parsed, int noun, int under) {
        int current = noun;
        for (int steps = 0; steps < 4; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return -1;
            }
            if (up.token() < under || up.token() > noun) {
                return up.token();
            }
            current = up.token();
        }
        return -1;
    }

    /** The verb of the act: the governor, or the verb whose subject the governor is. */
    private static int act(ParsedSentence parsed, List<CoreLabel> tokens, int governor) {
        if (!ActorResolver.tag(tokens, governor).startsWith("NN")) {
            return governor;
        }
        ParsedSentence.Arc up = parsed.treeParent(governor);
        return up == null ? governor : up.token();
    }

    /**
     * Who acts under the pressure: the subject of the clause the phrase hangs on (climbing a participle or a second verb
     * to the clause that has one), or the noun itself where the phrase hangs on the subject ("Pakistan and India, under
     * pressure from Washington, agreed").
     */
    private List<Mention> yielders(ParsedSentence parsed, List<CoreLabel> tokens, int governor, MentionIndex index) {
        if (ActorResolver.tag(tokens, governor).startsWith("NN")) {
            ParsedSentence.Arc up = parsed.treeParent(governor);
            return up != null && up.is("nsubj") ? phrase.in(parsed, governor, index) : List.of();
        }
        int subject = Admissions.clauseSubject(parsed, governor, true);
        return subject < 0 ? List.of() : phrase.in(parsed, subject, index);
    }
}
