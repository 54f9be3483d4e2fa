package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A vow of retaliation told as a clause of its own (THREATEN, CAMEO 138 "threaten to use force" and 13 in general):
 * "vowed that Iran's supreme leader would pay a heavy price", "vowing that the killings would not go unpunished", "an
 * unfriendly act that would not go unanswered", "said Doha reserved the right to respond", "La Paz said it would
 * respond in kind", "warned that Mogadishu would face consequences". The lexicon reads a vow only when its words sit
 * within five tokens of the verb of vowing ("vowed revenge"); in these the answer is a clause, the vower is the
 * subject of the clause that says it and the one answered is the clause's sufferer, or the doer of the act the
 * sentence tells (left to the caller: {@link SentenceEventFinder}).
 */
final class RetaliationVows {

    /** Verbs by which a state says what it will do. */
    private static final Set<String> VOWING = Set.of(
            "vow", "promise", "pledge", "swear", "warn", "threaten", "say", "declare", "insist", "caution", "signal",
            "tell", "state", "add", "reiterate", "stress", "reserve");
    /** Verbs that make what they say a vow; "said Togo had paid a heavy price" tells a past. */
    private static final Set<String> PROMISING = Set.of("vow", "promise", "pledge", "swear", "warn", "threaten", "caution");
    /** The vower answers: "would respond", "vowed to retaliate", "would take countermeasures". */
    private static final Set<String> ANSWERING = Set.of("retaliate", "respond", "avenge", "reciprocate");
    private static final Set<String> ANSWER_NOUNS = Set.of("countermeasure", "countermeasures", "reprisal", "reprisals");
    /**
     * "would take necessary measures", "will take all actions necessary", "reserves the right to take all necessary
     * measures": the diplomatic idiom of a threat; plain "measures" ("will take measures to boost trade") are none.
     */
    private static final Set<String> MEASURES = Set.of("measure", "measures", "action", "actions", "step", "steps");
    private static final Set<String> FIRM = Set.of("necessary", "resolute", "firm", "decisive", "forceful", "tough");
    /**
     * The one answered suffers: "would pay a heavy price", "would face consequences", "could face sanctions", "or face
     * severe secondary tariffs": a penalty promised to another state is a stated intention to sanction (CAMEO 13).
     */
    private static final Set<String> SUFFERED = Set.of("price", "consequence", "consequences", "sanction", "sanctions",
            "tariff", "tariffs", "penalty", "penalties", "retaliation");
    private static final Set<String> SUFFERING = Set.of("pay", "face", "bear", "suffer", "risk");
    /** "would not go unpunished": the act will be answered. */
    private static final Set<String> UNANSWERED = Set.of("unpunished", "unanswered", "unavenged");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo", "could", "may", "might");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

    private final PhraseNations phrase = new PhraseNations();

    /** A vow found: the word that tells it, who vows, and whom it names as answered (empty: the caller decides). */
    record Vow(int head, String text, List<Mention> vowers, List<Mention> targets) {
    }

    /** Whether a sentence holds a word this class reads. */
    static boolean mayHold(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String lemma = TriggerLexicon.lemma(token);
            if (ANSWERING.contains(lemma) || ANSWER_NOUNS.contains(lemma) || SUFFERED.contains(lemma)
                    || MEASURES.contains(lemma) || UNANSWERED.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    List<Vow> find(SentenceContext sentence, ParsedSentence parsed) {
        List<CoreLabel> tokens = sentence.tokens();
        MentionIndex index = new MentionIndex(sentence, false);
        List<Vow> found = new ArrayList<>();
        Set<Integer> clauses = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            String lemma = parsed.lemma(t);
            String word = parsed.word(t).toLowerCase(Locale.ROOT);
            String tag = ActorResolver.tag(tokens, t);
            int clause;
            boolean answering;
            if (ANSWERING.contains(lemma) && tag.startsWith("VB")) {
                clause = t;
                answering = true;
            } else if (ANSWER_NOUNS.contains(lemma) || ANSWER_NOUNS.contains(word)) {
                clause = governingVerb(parsed, tokens, t, "obj");
                answering = true;
            } else if (MEASURES.contains(word) && firm(parsed, t)) {
                clause = governingVerb(parsed, tokens, t, "obj");
                answering = true;
                if (clause >= 0 && !parsed.lemma(clause).equals("take")) {
                    continue;
                }
            } else if (SUFFERED.contains(lemma) || SUFFERED.contains(word)) {
                clause = governingVerb(parsed, tokens, t, "obj");
                answering = false;
                if (clause >= 0 && !SUFFERING.contains(parsed.lemma(clause))) {
                    continue;
                }
            } else if (UNANSWERED.contains(word)) {
                ParsedSentence.Arc up = parsed.treeParent(t);
                clause = up != null && ActorResolver.tag(tokens, up.token()).startsWith("VB") ? up.token() : t;
                if (!negated(parsed, clause)) {
                    continue; // "the attack went unanswered" tells what did not happen
                }
                answering = false;
            } else {
                continue;
            }
            if (clause < 0 || !clauses.add(clause) || !vowed(parsed, tokens, clause)) {
                continue;
            }
            if (answering && negated(parsed, clause)) {
                continue; // "would not respond"
            }
            if (!answering && SUFFERED.contains(lemma) && negated(parsed, clause)) {
                continue; // "would not pay any price"
            }
            List<Mention> ownSubject = subjectStates(parsed, tokens, clause, index);
            List<Mention> vowers = answering && !ownSubject.isEmpty() ? ownSubject : vower(parsed, tokens, clause, index);
            if (vowers.isEmpty()) {
                continue;
            }
            Set<String> vowerCodes = Counterparts.codes(vowers);
            List<Mention> targets = answering
                    ? Counterparts.others(answered(parsed, clause, index), vowerCodes)
                    : Counterparts.others(ownSubject, vowerCodes);
            if (targets.isEmpty()) {
                targets = Counterparts.others(addressee(parsed, tokens, clause, index), vowerCodes);
            }
            found.add(new Vow(clause, parsed.word(clause) + (clause == t ? "" : " " + parsed.word(t)), vowers, targets));
        }
        return found;
    }

    /** "necessary measures", "all actions necessary", "resolute steps": measures told as firm. */
    private static boolean firm(ParsedSentence parsed, int noun) {
        for (ParsedSentence.Arc arc : parsed.children(noun)) {
            if (arc.is("amod") && FIRM.contains(parsed.word(arc.token()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The verb a noun is the object of: "take countermeasures", "pay a heavy price". */
    private static int governingVerb(ParsedSentence parsed, List<CoreLabel> tokens, int noun, String relation) {
        ParsedSentence.Arc up = parsed.treeParent(noun);
        if (up == null || !up.is(relation) || !ActorResolver.tag(tokens, up.token()).startsWith("VB")) {
            return -1;
        }
        return up.token();
    }

    /**
     * A clause told as a vow: with a future auxiliary ("would pay"), or the infinitive or complement of a verb of
     * promising or of "the right" ("vowed to retaliate", "reserved the right to respond"); not a past answer ("India responded
     * by
     * expelling ...").
     */
    private static boolean vowed(ParsedSentence parsed, List<CoreLabel> tokens, int clause) {
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            if (arc.is("aux") && FUTURE.contains(parsed.word(arc.token()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        ParsedSentence.Arc up = parsed.treeParent(clause);
        if (up == null) {
            return false;
        }
        if (up.is("conj") && alternative(parsed, clause)) {
            return true; // "gave Moscow 50 days to reach a ceasefire or face severe tariffs": the other way is the threat
        }
        String governor = parsed.lemma(up.token());
        return (up.is("xcomp") || up.is("ccomp") || up.is("acl")) && (PROMISING.contains(governor) || governor.equals("right"));
    }

    /** A conjunct after "or": "accept a ceasefire or face massive sanctions". */
    private static boolean alternative(ParsedSentence parsed, int clause) {
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            if (arc.is("cc") && parsed.word(arc.token()).equalsIgnoreCase("or")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(ParsedSentence parsed, int token) {
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            if ((arc.is("advmod") || arc.is("neg")) && NEGATORS.contains(parsed.word(arc.token()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The states of a clause's own subject; none for a pronoun ("it would respond": the vower above says it). */
    private List<Mention> subjectStates(ParsedSentence parsed, List<CoreLabel> tokens, int clause, MentionIndex index) {
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            // the controller an infinitive borrows ("vowing to take countermeasures") is the vower's, found above
            if (arc.relation().equals("nsubj") && !Counterparts.pronoun(tokens, arc.token())) {
                return phrase.in(parsed, arc.token(), index);
            }
        }
        return List.of();
    }

    /**
     * Who vows: the subject of the nearest clause above that has one, through participles, relative clauses and the
     * nouns they hang on ("Pakistan's military said, vowing to retaliate", "in what Moscow denounced as an unfriendly
     * act that would not go unanswered"); a subject that names no state ("the Foreign Office said") names no vower.
     */
    private List<Mention> vower(ParsedSentence parsed, List<CoreLabel> tokens, int clause, MentionIndex index) {
        int current = clause;
        for (int steps = 0; steps < 6; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return List.of();
            }
            current = up.token();
            if (!ActorResolver.tag(tokens, current).startsWith("VB")) {
                continue;
            }
            for (ParsedSentence.Arc arc : parsed.children(current)) {
                if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                    if (Counterparts.pronoun(tokens, arc.token()) && !tokens.get(arc.token()).word().equalsIgnoreCase("it")) {
                        break; // a relative pronoun: the clause's noun above says more
                    }
                    return phrase.in(parsed, arc.token(), index);
                }
            }
        }
        return List.of();
    }

    /** What the answer answers: "respond to Israel's strike", "retaliate against Pakistan", "avenge it" is not read. */
    private List<Mention> answered(ParsedSentence parsed, int clause, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            boolean answered = arc.is("obj") || ((arc.is("obl") || arc.is("nmod"))
                    && Set.of("to", "against", "on").contains(arc.marker()));
            if (answered) {
                found.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
        return found;
    }

    /** The state a verb of vowing above the clause addresses: "warned Beijing that Washington would ...". */
    private List<Mention> addressee(ParsedSentence parsed, List<CoreLabel> tokens, int clause, MentionIndex index) {
        int current = clause;
        for (int steps = 0; steps < 3; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null || !(up.is("ccomp") || up.is("xcomp"))) {
                return List.of();
            }
            current = up.token();
            if (VOWING.contains(parsed.lemma(current))) {
                for (ParsedSentence.Arc arc : parsed.children(current)) {
                    if (arc.is("obj") || arc.is("iobj")) {
                        return phrase.in(parsed, arc.token(), index);
                    }
                }
            }
        }
        return List.of();
    }
}
