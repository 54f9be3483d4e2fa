package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * An accusation told as what a state says another did wrong (ACCUSE, CAMEO 112): "Lithuania said Russia was behind the
 * arson attacks", "Seoul said Pyongyang had masterminded the hack", "France charged that Azerbaijan had stoked the riots",
 * "..., saying Moscow was responsible". Saying that someone did wrong is alleging it. Only wrongs that are wrongs by
 * their words (being behind or responsible for an act, plotting, meddling, violating, ...): a state that reports an
 * attack on itself ("Kyiv said Russia had massed troops") tells the act, which its own trigger reads, and is not
 * coded as accusing. An act told as done by a state's covert arm is a wrong whatever its verb ("Tusk said the blast had
 * been ordered by Russian intelligence", "the suspect had been paid by Moscow's agents"): no wire report tells a secret
 * service's act as fact, so the coding guide's "X says Y did Z" call makes it ACCUSE; the accused is the state of the
 * covert arm, not the hired hands ("carried out by two Ukrainians working for Russian intelligence").
 */
final class ReportedAccusations {

    /** Verbs that tell a clause as a statement or finding. */
    private static final Set<String> SAYING = Set.of(
            "say", "tell", "allege", "claim", "charge", "assert", "insist", "conclude", "find", "determine", "establish",
            "state", "add", "believe", "suspect", "argue", "confirm", "maintain", "contend", "reveal", "announce");
    /** Verbs whose act is a wrong by its very word. */
    private static final Set<String> WRONGS = Set.of(
            "orchestrate", "mastermind", "plot", "instigate", "incite", "stoke", "interfere", "meddle", "hack", "sabotage",
            "spy", "bankroll", "harbour", "harbor", "violate", "breach", "flout", "lie", "assassinate", "kidnap", "abduct",
            "poison", "commit", "sponsor", "destabilise", "destabilize", "subvert");
    /** Predicates of blame: "was behind", "was responsible for", "was complicit in". */
    private static final Set<String> BLAMED = Set.of("behind", "responsible", "complicit", "culpable", "guilty");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    /** Nouns of a state's covert arm: what they are told to have done is a claim, not a reported fact. */
    private static final Set<String> COVERT = Set.of("intelligence", "agent", "spy", "hacker", "operative", "saboteur");
    /**
     * A state's own finders, who speak for it when the sentence names the state above them: "their probe had found that
     * ...", "after a government investigation concluded that ...". A report or an analyst is no one's finder.
     */
    private static final Set<String> FINDERS = Set.of(
            "investigation", "inquiry", "probe", "commission", "prosecutor", "investigator", "police", "review");

    private final PhraseNations phrase = new PhraseNations();

    /** Whether a sentence holds a word this class reads. */
    static boolean mayHold(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String lemma = TriggerLexicon.lemma(token);
            if (WRONGS.contains(lemma) || COVERT.contains(lemma) || lemma.equals("responsibility")
                    || BLAMED.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    List<ClauseAct> find(SentenceContext sentence, ParsedSentence parsed) {
        List<CoreLabel> tokens = sentence.tokens();
        MentionIndex index = new MentionIndex(sentence, false);
        List<ClauseAct> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            int clause = wrongClause(parsed, tokens, t);
            boolean covert = clause < 0 && COVERT.contains(parsed.lemma(t)) && ActorResolver.tag(tokens, t).startsWith("NN");
            if (covert) {
                clause = covertClause(parsed, tokens, t);
            }
            if (clause < 0 || negated(parsed, clause) || negated(parsed, t)) {
                continue;
            }
            ParsedSentence.Arc up = parsed.treeParent(clause);
            boolean told = up != null && (up.is("ccomp") || (covert && up.is("xcomp")));
            if (!told || !SAYING.contains(parsed.lemma(up.token()))) {
                continue;
            }
            List<Mention> accused = covert ? phrase.in(parsed, t, index) : doers(parsed, tokens, clause, index);
            List<Mention> accusers = speakers(parsed, tokens, up.token(), index);
            Set<String> accuserCodes = Counterparts.codes(accusers);
            accused = Counterparts.others(accused, accuserCodes);
            if (!accusers.isEmpty() && !accused.isEmpty()) {
                found.add(new ClauseAct(t, accusers, accused));
            }
        }
        return found;
    }

    /**
     * The head of the told clause that states a wrong at this token: the verb itself ("had plotted"), or for a predicate
     * of blame the clause it heads ("Russia was responsible", "Russia was behind the attack", where the parse makes the
     * attack the head); -1 when there is none.
     */
    private static int wrongClause(ParsedSentence parsed, List<CoreLabel> tokens, int t) {
        String word = parsed.word(t).toLowerCase(Locale.ROOT);
        if (WRONGS.contains(parsed.lemma(t)) && ActorResolver.tag(tokens, t).startsWith("VB")) {
            return t;
        }
        if (word.equals("responsibility")) {
            // "Moscow bore full responsibility": the verb of bearing is the told clause
            ParsedSentence.Arc bearer = parsed.treeParent(t);
            return bearer != null && bearer.is("obj") && parsed.lemma(bearer.token()).equals("bear") ? bearer.token() : -1;
        }
        if (!BLAMED.contains(word)) {
            return -1;
        }
        if (hasCopula(parsed, t)) {
            return t;
        }
        ParsedSentence.Arc up = parsed.treeParent(t);
        // "Russia was behind the attack": "behind" is the case of the predicate noun
        return up != null && up.is("case") && hasCopula(parsed, up.token()) ? up.token() : -1;
    }

    /**
     * The told clause a covert arm did something in: from the noun up through its modifiers to the verb (or predicate)
     * it is the subject or agent of; a participle on a noun passes on to that noun's clause ("teenagers recruited by
     * Russian military intelligence" carried out the sabotage). -1 when the clause is told by no verb of saying.
     */
    private static int covertClause(ParsedSentence parsed, List<CoreLabel> tokens, int noun) {
        int current = noun;
        for (int steps = 0; steps < 8; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return -1;
            }
            int head = up.token();
            boolean doer = up.relation().equals("nsubj") || (up.is("obl") && (up.marker().equals("agent")
                    || parsed.treeChildren(current).stream().anyMatch(
                            a -> a.is("case") && parsed.word(a.token()).equalsIgnoreCase("by"))));
            boolean predicate = ActorResolver.tag(tokens, head).startsWith("VB") || hasCopula(parsed, head);
            if (doer && predicate) {
                ParsedSentence.Arc above = parsed.treeParent(head);
                // "which Riga said was carried out by ...": the parser makes the told clause an xcomp of the relative
                if (above != null && (above.is("ccomp") || above.is("xcomp")) && SAYING.contains(parsed.lemma(above.token()))) {
                    return head;
                }
                if (above == null || !above.is("acl")) {
                    return -1;
                }
            } else if (!(up.is("nmod") || up.is("compound") || up.is("acl") || up.is("obl") || up.is("conj")
                    || up.is("appos"))) {
                return -1;
            }
            current = head;
        }
        return -1;
    }

    private static boolean hasCopula(ParsedSentence parsed, int token) {
        return parsed.treeChildren(token).stream().anyMatch(a -> a.is("cop"));
    }

    private static boolean negated(ParsedSentence parsed, int token) {
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            if ((arc.is("advmod") || arc.is("neg") || arc.is("det"))
                    && NEGATORS.contains(parsed.word(arc.token()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Who did the wrong: the told clause's subject, or the agent of a passive ("had been laid by Cambodian troops"). */
    private List<Mention> doers(ParsedSentence parsed, List<CoreLabel> tokens, int clause, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            boolean subject = arc.relation().equals("nsubj") && !Counterparts.pronoun(tokens, arc.token());
            boolean agent = arc.is("obl") && (arc.marker().equals("agent") || arc.marker().equals("by"));
            if (subject || agent) {
                found.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
        return found;
    }

    /**
     * Who says it: the verb of saying's subject, or for a participle ("..., saying") the nearest subject above; a finder
     * that names no state ("their probe had found", "after a government investigation concluded") speaks for the state
     * of the clause it is told in ("Lithuanian prosecutors said their probe had found ...").
     */
    private List<Mention> speakers(ParsedSentence parsed, List<CoreLabel> tokens, int verb, MentionIndex index) {
        int current = verb;
        boolean finder = false;
        for (int steps = 0; steps < 5 && current >= 0; steps++) {
            for (ParsedSentence.Arc arc : parsed.children(current)) {
                if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                    List<Mention> found = phrase.in(parsed, arc.token(), index);
                    if (!found.isEmpty() || !FINDERS.contains(parsed.lemma(arc.token()).toLowerCase(Locale.ROOT))) {
                        return found;
                    }
                    finder = true;
                    break;
                }
            }
            ParsedSentence.Arc up = parsed.treeParent(current);
            boolean climbs = up != null && (up.is("advcl") || up.relation().equals("dep") || up.is("conj")
                    || up.is("acl") || (finder && up.is("ccomp")));
            if (!climbs) {
                return List.of();
            }
            current = up.token();
        }
        return List.of();
    }
}
