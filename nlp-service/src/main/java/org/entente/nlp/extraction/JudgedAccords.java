package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A state that welcomes, hails or condemns an accord between others acts upon its parties (docs/event-coding.md:
 * "Germany welcomed the deal between A and B" is SUPPORT DEU-A and DEU-B): "hailed the peace agreement signed in
 * Washington between Congo and Rwanda", "welcomed the peace accord signed by Thailand and Cambodia", "hailed the peace
 * accord reached by Armenia and Azerbaijan". The parties are the accord's "between" phrase or the agent of the
 * participle that tells how it came about (not its broker's: "brokered by" names a go-between, no party).
 */
final class JudgedAccords {

    private static final Set<String> ACCORDS = Set.of(
            "agreement", "accord", "deal", "pact", "treaty", "understanding", "truce", "ceasefire", "declaration",
            "memorandum", "arrangement", "settlement", "rapprochement", "normalization", "normalisation", "reconciliation");

    private JudgedAccords() {
    }

    static List<Mention> parties(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index,
            PhraseNations phrase) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc a : parsed.children(verb)) {
            if (a.is("obj") && accord(a.token(), tokens)) {
                found.addAll(between(parsed, a.token(), index, phrase));
                for (ParsedSentence.Arc acl : parsed.children(a.token())) {
                    if (acl.is("acl")) {
                        found.addAll(madeBy(parsed, acl.token(), index, phrase));
                    }
                }
            } else if ((a.is("ccomp") || a.is("dep")) && parsed.children(a.token()).stream()
                    .anyMatch(s -> s.is("nsubj") && accord(s.token(), tokens))) {
                // the parser read "welcomed the accord signed by X and Y" as a clause whose subject is the accord
                found.addAll(madeBy(parsed, a.token(), index, phrase));
            }
        }
        return found;
    }

    private static boolean accord(int token, List<CoreLabel> tokens) {
        return ACCORDS.contains(TriggerLexicon.lemma(tokens.get(token)));
    }

    private static List<Mention> between(ParsedSentence parsed, int head, MentionIndex index, PhraseNations phrase) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc a : parsed.children(head)) {
            if ((a.is("nmod") || a.is("obl")) && a.marker().equals("between")) {
                found.addAll(phrase.in(parsed, a.token(), index));
            }
        }
        return found;
    }

    /** "signed by Thailand and Cambodia", "reached by Armenia and Azerbaijan", "signed in Washington between X and Y". */
    private static List<Mention> madeBy(ParsedSentence parsed, int participle, MentionIndex index, PhraseNations phrase) {
        List<Mention> found = new ArrayList<>(between(parsed, participle, index, phrase));
        if (ActorResolver.hostingParticiple(parsed.word(participle))) {
            return found;
        }
        for (ParsedSentence.Arc a : parsed.children(participle)) {
            if (a.is("obl") && (a.marker().equals("by") || a.marker().equals("agent"))) {
                found.addAll(phrase.in(parsed, a.token(), index));
            }
        }
        return found;
    }
}
