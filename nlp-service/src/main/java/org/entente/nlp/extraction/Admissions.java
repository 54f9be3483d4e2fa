package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A state owning up to a wrong it did to another (coding guide, CONCEDE: "admitting wrongdoing"): "Iran admitted that
 * its military had mistakenly downed a Ukrainian airliner", "Tokyo acknowledged that the destroyer strayed into Chinese
 * territorial waters", "Germany acknowledged that it committed genocide ... in what is now Namibia", "admitted
 * responsibility for the strike". The dictionary codes admitting as a statement (CAMEO 015), so the lexicon has no
 * rule; and a rule there would make the admitted act an embedded one, when an admission tells that it happened. Not an
 * admission: one refused or asked for ("stopping short of admitting", "without acknowledging", "demanded that Moscow
 * admit guilt", "pressed Moscow to acknowledge"), or of an act that wrongs no one ("acknowledged deploying troops along
 * its border", "acknowledged receiving the note").
 */
final class Admissions {

    private static final Set<String> ADMITTING = Set.of("admit", "acknowledge", "confess");
    /** A wrong named as the thing admitted: "admitted responsibility", "acknowledged its role in the crash". */
    private static final Set<String> WRONG_OBJECTS = Set.of("guilt", "fault", "responsibility", "culpability", "mistake",
            "error", "wrongdoing", "involvement", "blame");
    /** Words of a wrong in the admitted clause. */
    private static final Set<String> WRONG_WORDS = Set.of("genocide", "massacre", "atrocity", "atrocities", "crime",
            "crimes", "mistake", "mistakenly", "accidentally", "error", "erroneously", "wrongly", "wrongdoing", "violation",
            "breach", "abuse", "abuses", "killing", "killings");
    /**
     * Acts that are a wrong by themselves (hacking, straying into another's waters or airspace); a strike or a clash
     * admitted is owned up to only with a word of fault ("mistakenly downed"), as militaries also acknowledge strikes
     * they stand by.
     */
    private static final Set<PloverType> WRONGS = Set.of(PloverType.COERCE);
    /** Verbs under which an admission is asked for, refused or withheld, not made. */
    private static final Set<String> WITHHOLDING = Set.of("demand", "urge", "ask", "press", "want", "expect", "call",
            "insist", "refuse", "decline", "deny", "stop", "fail", "push", "pressure", "force", "avoid", "resist");
    private static final Set<String> BLOCKING_MARKERS = Set.of("without", "of", "to", "if", "unless");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

    private final PhraseNations phrase = new PhraseNations();

    /**
     * @param acts the heads and types of the sentence's selected triggers: an admitted clause that holds an act of force
     *        or coercion is a wrong
     */
    List<ClauseAct> find(SentenceContext sentence, ParsedSentence parsed, Map<Integer, PloverType> acts) {
        List<CoreLabel> tokens = sentence.tokens();
        MentionIndex index = new MentionIndex(sentence, false);
        List<ClauseAct> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (!ADMITTING.contains(parsed.lemma(t)) || !ActorResolver.tag(tokens, t).startsWith("VB") || withheld(parsed, t)) {
                continue;
            }
            int wrong = wrong(parsed, tokens, t, acts);
            if (wrong < 0) {
                continue;
            }
            List<Mention> admitters = admitters(parsed, tokens, t, index);
            if (admitters.isEmpty()) {
                continue;
            }
            Set<String> own = Counterparts.codes(admitters);
            Map<String, Mention> wronged = new LinkedHashMap<>();
            for (Mention m : sentence.mentions()) {
                if (m.isNation() && !own.contains(m.code()) && within(parsed, m.lastToken(), wrong)) {
                    wronged.putIfAbsent(m.code(), m);
                }
            }
            if (wronged.isEmpty()) {
                continue; // the wronged state is named in what was admitted
            }
            found.add(new ClauseAct(t, admitters, new ArrayList<>(wronged.values())));
        }
        return found;
    }

    /** The admitted clause or noun when it names a wrong, else -1. */
    private static int wrong(ParsedSentence parsed, List<CoreLabel> tokens, int verb, Map<Integer, PloverType> acts) {
        for (ParsedSentence.Arc arc : parsed.treeChildren(verb)) {
            int what = arc.token();
            if (arc.is("obj") && WRONG_OBJECTS.contains(parsed.lemma(what))) {
                return what;
            }
            if (!(arc.is("ccomp") || arc.is("xcomp"))) {
                continue;
            }
            for (Map.Entry<Integer, PloverType> act : acts.entrySet()) {
                if (WRONGS.contains(act.getValue()) && within(parsed, act.getKey(), what)) {
                    return what;
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (WRONG_WORDS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && within(parsed, i, what)) {
                    return what;
                }
            }
        }
        return -1;
    }

    private static boolean withheld(ParsedSentence parsed, int verb) {
        for (ParsedSentence.Arc arc : parsed.treeChildren(verb)) {
            String word = parsed.word(arc.token()).toLowerCase(Locale.ROOT);
            if ((arc.is("advmod") || arc.is("neg")) && NEGATORS.contains(word)) {
                return true;
            }
            if (arc.is("mark") && BLOCKING_MARKERS.contains(word)) {
                return true;
            }
            if (arc.is("aux") && Set.of("will", "would", "could", "may", "might", "should", "must").contains(word)) {
                return true;
            }
        }
        ParsedSentence.Arc up = parsed.treeParent(verb);
        return up != null && (up.is("xcomp") || up.is("ccomp") || up.is("advcl"))
                && WITHHOLDING.contains(parsed.lemma(up.token()));
    }

    /**
     * The admission's own subject, or for a participle without one the subject of the clause it hangs on ("apologised
     * ..., acknowledging that ..."); a subject naming no state admits for none.
     */
    private List<Mention> admitters(ParsedSentence parsed, List<CoreLabel> tokens, int verb, MentionIndex index) {
        int subject = clauseSubject(parsed, verb, false);
        return subject < 0 ? List.of() : phrase.in(parsed, subject, index);
    }

    /**
     * The active subject of a verb's clause, or for a verb without one the subject of the clause it hangs on (a
     * participle, a second verb and, where asked, a verb it completes), within three steps; -1 when there is none.
     */
    static int clauseSubject(ParsedSentence parsed, int verb, boolean throughComplements) {
        int current = verb;
        for (int steps = 0; steps < 3; steps++) {
            for (ParsedSentence.Arc arc : parsed.children(current)) {
                if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                    return arc.token();
                }
            }
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null || !(up.is("advcl") || up.is("conj") || up.relation().equals("dep")
                    || throughComplements && up.is("xcomp"))) {
                return -1;
            }
            current = up.token();
        }
        return -1;
    }

    /** Whether the token lies in the subtree of root. */
    private static boolean within(ParsedSentence parsed, int token, int root) {
        Set<Integer> seen = new HashSet<>();
        int current = token;
        while (seen.add(current)) {
            if (current == root) {
                return true;
            }
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return false;
            }
            current = up.token();
        }
        return false;
    }
}
