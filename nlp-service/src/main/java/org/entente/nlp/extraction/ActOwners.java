package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Who did the act a noun or a clause stands for, when the trigger's own arguments do not say: the author of a text
 * ("a resolution drafted by Britain"), the doer of an act another state judges ("a move Kinshasa denounced"), the
 * maker of a claim another state denies, and the subject hidden behind a participle of saying. Split from
 * {@link ActorResolver}, which asks these questions while it reads a trigger's arguments.
 */
final class ActOwners {

    private final PhraseNations phrase;

    ActOwners(PhraseNations phrase) {
        this.phrase = phrase;
    }

    /** Participles that name the author of a text or plan: "a resolution drafted by Britain". */
    private static final Set<String> AUTHORING = Set.of(
            "draft", "sponsor", "co-sponsor", "cosponsor", "propose", "submit", "table", "put", "announce", "introduce",
            "present", "write", "author", "pen");

    private static final Set<String> SAYING = Set.of("say", "add", "tell", "note", "stress");

    /**
     * "..., saying Beijing was ready to work with Buenos Aires": the parser often takes the participle of saying for the
     * subject of the reported clause and its subject for the participle's object; the clause's subject is that object.
     */
    static int sayingSubject(ParsedSentence parsed, int subject, List<CoreLabel> tokens) {
        if (!tag(tokens, subject).equals("VBG") || !SAYING.contains(TriggerLexicon.lemma(tokens.get(subject)))) {
            return subject;
        }
        for (ParsedSentence.Arc arc : parsed.treeChildren(subject)) {
            if (arc.is("obj")) {
                return arc.token();
            }
        }
        return subject;
    }

    /**
     * The states that wrote or put forward a thing: "a resolution drafted by Britain and Sierra Leone", "a draft put
     * forward by the United States", "an Algerian-drafted resolution", "a plan announced by Turkey".
     */
    List<Mention> authors(ParsedSentence parsed, int noun, List<CoreLabel> tokens, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc participle : parsed.children(noun)) {
            if ((!participle.is("acl") && !participle.is("amod")) || participle.marker().equals("relcl")
                    || !AUTHORING.contains(TriggerLexicon.lemma(tokens.get(participle.token())))) {
                continue;
            }
            found.addAll(authorsOf(parsed, participle.token(), index));
        }
        return found;
    }

    /** Whether a word is a participle of authoring ("drafted", "sponsored", "tabled"). */
    static boolean authoring(List<CoreLabel> tokens, int token) {
        return AUTHORING.contains(TriggerLexicon.lemma(tokens.get(token))) && tag(tokens, token).equals("VBN");
    }

    /** The states a participle of authoring names as authors: its "by" phrase, or the prefix of "Algerian-drafted". */
    List<Mention> authorsOf(ParsedSentence parsed, int participle, MentionIndex index) {
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(participle)) {
            if (arc.marker().equals("agent") || arc.marker().equals("by")) {
                found.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.is("dep") || arc.is("compound") || arc.is("nsubj") || arc.is("obl:npmod") || arc.is("obl")) {
                // "Algerian-drafted", "a U.S.-drafted resolution": the prefix of the hyphenated word
                found.addAll(index.at(arc.token()));
            }
        }
        return found;
    }

    /**
     * A verb of attitude in a clause on a noun ("a move X denounced", "attacks that X condemned", "an attack condemned
     * by X") judges the act that noun stands for: its doer is the subject of the clause the noun belongs to, or of a
     * clause above it when that subject is a pronoun or names no state ("Rwanda's army said it had fired ..., a move").
     */
    List<Mention> doerOfJudgedAct(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index,
            List<Mention> judges) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        Set<String> judgeCodes = new HashSet<>();
        judges.forEach(m -> judgeCodes.add(m.code()));
        int current = up.token();
        for (int steps = 0; steps < 6; steps++) {
            ParsedSentence.Arc parent = parsed.treeParent(current);
            if (parent == null) {
                return List.of();
            }
            current = parent.token();
            if (!tag(tokens, current).startsWith("VB")) {
                continue;
            }
            List<Mention> doers = activeSubjectStates(parsed, current, index, judgeCodes);
            if (!doers.isEmpty()) {
                return doers;
            }
        }
        return List.of();
    }

    /**
     * Who made the claim told at the noun "claim": the subject of the nearest verb of accusing or telling before it,
     * or, for a participle without one ("..., accusing Moscow of ..."), of the clause it hangs on; a verb whose subject
     * names no state passes the question to the verb before it.
     */
    List<Mention> claimant(ParsedSentence parsed, int claim, List<CoreLabel> tokens, MentionIndex index,
            List<String> judgeCodes) {
        for (int verb = claim - 1; verb >= 0; verb--) {
            if (!tag(tokens, verb).startsWith("VB")
                    || !DeniedClaims.CLAIMING.contains(TriggerLexicon.lemma(tokens.get(verb)))) {
                continue;
            }
            int clause = verb;
            for (int steps = 0; steps < 3; steps++) {
                List<Mention> found = activeSubjectStates(parsed, clause, index, judgeCodes);
                if (!found.isEmpty()) {
                    return found;
                }
                ParsedSentence.Arc up = parsed.treeParent(clause);
                if (up == null || !tag(tokens, up.token()).startsWith("VB")) {
                    break;
                }
                clause = up.token();
            }
        }
        return List.of();
    }

    /**
     * The states named by the first active subject of {@code verb} that names one other than the judges: the
     * judge's own name in that subject ("Kinshasa said its army ...") is not the doer.
     */
    private List<Mention> activeSubjectStates(ParsedSentence parsed, int verb, MentionIndex index,
            java.util.Collection<String> judgeCodes) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                List<Mention> found = new ArrayList<>(phrase.in(parsed, arc.token(), index));
                found.removeIf(m -> judgeCodes.contains(m.code()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static String tag(List<CoreLabel> tokens, int token) {
        return ActorResolver.tag(tokens, token);
    }
}
