package org.entente.nlp.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Headline verbs that CoreNLP's tagger reads as nouns: "Seoul inks chip deal", "Tokyo eyes pact with Manila", "Cairo
 * blasts Addis Ababa", "Hanoi and Vientiane pledge closer links". Full-sentence English would put an article or an
 * auxiliary around them; a headline drops both, so the tagger takes "Seoul inks" for a compound noun and the parse has
 * no verb. In a headline, the word right after the subject that opens a clause (a state's name, or names joined by
 * "and"), tagged as a noun but written in lower case, whose lemma starts a verb rule of the lexicon, and with no other
 * finite verb before the next clause break, is the clause's verb: it is retagged (VBZ or VBP) before the parse.
 */
final class HeadlineVerbs {

    private static final Set<String> CLAUSE_STARTS = Set.of(":", ";", "--", "\u2014");
    /** Where a headline's clause ends: "summons Brazilian ambassador over reports Brazil spied ..." names a reason. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "as", "after", "while", "amid", "before",
            "when", "over", "--", "\u2014");

    private HeadlineVerbs() {
    }

    /** Retags, in place, the nouns of a headline that stand where its verb must be. */
    static void retag(List<CoreLabel> tokens, List<Mention> mentions, TriggerLexicon lexicon) {
        if (!HeadlineLists.isHeadline(tokens)) {
            return;
        }
        for (int t = 1; t < tokens.size(); t++) {
            CoreLabel word = tokens.get(t);
            String tag = word.tag() == null ? "" : word.tag();
            if (!tag.startsWith("NN") || !Character.isLowerCase(word.word().charAt(0))
                    || !(afterOpeningSubject(t, tokens, mentions) || afterFirstPredicate(t, tokens))
                    || finiteVerbBeforeBreak(t + 1, tokens)) {
                continue;
            }
            String verb = verbLemma(word, lexicon);
            if (verb != null) {
                word.setTag(verb.equals(word.word().toLowerCase(Locale.ROOT)) ? "VBP" : "VBZ");
                word.setLemma(verb);
            }
        }
    }

    /** "summons" is a noun's lemma of its own; as a headline's verb it is "summon". */
    private static String verbLemma(CoreLabel word, TriggerLexicon lexicon) {
        String lower = word.word().toLowerCase(Locale.ROOT);
        for (String lemma : new String[] { TriggerLexicon.lemma(word), lower,
                lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : "",
                lower.endsWith("es") ? lower.substring(0, lower.length() - 2) : "" }) {
            if (!lemma.isEmpty() && lexicon.startsVerbRule(lemma)) {
                return lemma;
            }
        }
        return null;
    }

    /**
     * Whether the token before {@code verb} ends a state's name that opens a clause, alone or joined by "and", or the
     * state's own agent or official named with it: "Niger junta orders", "Nigeria's Tinubu phones".
     */
    private static boolean afterOpeningSubject(int verb, List<CoreLabel> tokens, List<Mention> mentions) {
        Mention name = endingAt(verb - 1, mentions);
        if (name == null) {
            name = endingAt(stateAgentStart(verb - 1, tokens) - 1, mentions);
        }
        while (name != null) {
            int before = name.firstToken() - 1;
            if (before < 0 || CLAUSE_STARTS.contains(tokens.get(before).word())) {
                return true;
            }
            if (tokens.get(before).word().equals("'s") && before > 0) {
                // "Serbia's Vucic": the official's state, named before him, opens the clause
                name = endingAt(before - 1, mentions);
                continue;
            }
            if (!tokens.get(before).word().equalsIgnoreCase("and")) {
                return false;
            }
            name = endingAt(before - 1, mentions);
        }
        return false;
    }

    /**
     * The first token of a lower-case agent phrase of a state ending at {@code token} ("junta", "foreign ministry",
     * "coast guard"), or -1: the words a headline puts after a state's name for who in it acts.
     */
    private static int stateAgentStart(int token, List<CoreLabel> tokens) {
        if (token < 1 || !Character.isLowerCase(tokens.get(token).word().charAt(0))) {
            return -1;
        }
        AgentNouns.Agent agent = AgentNouns.shared().find(tokens, token);
        if (agent == null || agent.role() != AgentNouns.Role.STATE) {
            return -1;
        }
        int start = token;
        while (start - 1 > 0 && start > token - 2 && Character.isLowerCase(tokens.get(start - 1).word().charAt(0))
                && String.valueOf(tokens.get(start - 1).tag()).startsWith("NN")) {
            start--;
        }
        return start;
    }

    /**
     * "Kyiv slams Budapest ..., summons Hungarian envoy": right after a comma that closes a clause with a finite verb, in
     * the same number as that verb ("slams ..., summons"; "meet ..., pledge"), the headline's second predicate.
     */
    private static boolean afterFirstPredicate(int verb, List<CoreLabel> tokens) {
        if (verb < 2 || verb + 1 >= tokens.size() || !tokens.get(verb - 1).word().equals(",")) {
            return false;
        }
        for (int t = verb - 2; t >= 0 && !CLAUSE_STARTS.contains(tokens.get(t).word()); t--) {
            String tag = tokens.get(t).tag() == null ? "" : tokens.get(t).tag();
            if (tag.equals("VBZ") || tag.equals("VBP")) {
                boolean singular = tokens.get(verb).word().toLowerCase(Locale.ROOT).endsWith("s");
                return singular == tag.equals("VBZ");
            }
        }
        return false;
    }

    private static Mention endingAt(int token, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.isNation() && m.lastToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** "US ban on chips hits Beijing": the clause has its verb later, so the noun is a noun. */
    private static boolean finiteVerbBeforeBreak(int from, List<CoreLabel> tokens) {
        for (int t = from; t < tokens.size(); t++) {
            CoreLabel token = tokens.get(t);
            if (CLAUSE_BREAKS.contains(token.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            String tag = token.tag() == null ? "" : token.tag();
            if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
