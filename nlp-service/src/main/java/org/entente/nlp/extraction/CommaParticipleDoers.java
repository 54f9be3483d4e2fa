package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Who does what a present participle set off by a comma tells, when the parse hangs it where its doer cannot be read
 * (on a noun as an adjective or apposition, under the speech tag, as a bare {@code dep}): "..., the White House said,
 * urging Belgrade to pull its forces back" (the one who spoke), "Estonia, Latvia and Lithuania announced they would
 * withdraw ..., accusing Russia and Belarus of ..." (the sentence's own subject). A participle after a speech tag is the
 * speaker's act; when the speaker names no state ("a spokesman said, insisting ..."), the state of the clause he
 * reports speaks through him. Otherwise the subject of the sentence's main verb acts.
 */
final class CommaParticipleDoers {

    private static final Set<String> SAYING = Set.of("say", "tell", "add", "report", "state", "note", "stress");
    /** How far before the comma a speech tag's verb may stand: "the Taliban government said on Monday, warning". */
    private static final int TAG_SPAN = 6;

    /**
     * @param doers the states that do the participle's act
     * @param told the states whose act the speaker reports (none when no speech tag precedes), the speaker's own
     *        left out
     * @param afterTag whether a speech tag stands right before the participle
     */
    record Doer(List<Mention> doers, List<Mention> told, boolean afterTag) {
        static final Doer NONE = new Doer(List.of(), List.of(), false);
    }

    private final PhraseNations phrase;

    CommaParticipleDoers(PhraseNations phrase) {
        this.phrase = phrase;
    }

    Doer of(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index) {
        if (head < 2 || !"VBG".equals(ActorResolver.tag(tokens, head)) || !parsed.word(head - 1).equals(",")
                || !(parsed.commaParticiple(head) || parsed.gerundObject(head) >= 0)) {
            return Doer.NONE;
        }
        int comma = head - 1;
        int tag = -1;
        for (int t = comma - 1; t >= Math.max(0, comma - TAG_SPAN); t--) {
            if (parsed.word(t).equals(",")) {
                break;
            }
            if (ActorResolver.tag(tokens, t).startsWith("VB") && SAYING.contains(TriggerLexicon.lemma(tokens.get(t)))) {
                tag = t;
                break;
            }
        }
        if (tag >= 0) {
            List<Mention> speaker = subject(parsed, tag, index);
            if (speaker.isEmpty() && parsed.children(tag).stream().noneMatch(a -> a.is("nsubj"))) {
                // "..., Spain's interior ministry said, praising ...": the parser hung the speaker elsewhere; it is
                // the phrase between the comma and the verb
                speaker = namedBefore(tag, index, parsed);
            }
            List<Mention> told = subject(parsed, toldClause(parsed, tag, tokens), index);
            List<Mention> doers = speaker.isEmpty() ? told : speaker;
            List<Mention> others = new ArrayList<>(told);
            others.removeIf(m -> doers.stream().anyMatch(d -> d.code().equals(m.code())));
            return new Doer(doers, others, true);
        }
        int root = root(parsed, head);
        if (root < 0 || root > head || !ActorResolver.tag(tokens, root).startsWith("VB")) {
            return Doer.NONE;
        }
        return new Doer(subject(parsed, root, index), List.of(), false);
    }

    /** The states named between the comma that opens a speech tag and its verb. */
    private static List<Mention> namedBefore(int tag, MentionIndex index, ParsedSentence parsed) {
        List<Mention> found = new ArrayList<>();
        for (int t = tag - 1; t >= Math.max(0, tag - TAG_SPAN - 4) && !parsed.word(t).equals(","); t--) {
            for (Mention m : index.at(t)) {
                if (!found.contains(m)) {
                    found.add(0, m);
                }
            }
        }
        return found;
    }

    /** The clause a speech tag reports: its own complement, or the clause it hangs on ("X did Y, Z said"). */
    private static int toldClause(ParsedSentence parsed, int tag, List<CoreLabel> tokens) {
        for (ParsedSentence.Arc arc : parsed.treeChildren(tag)) {
            if (arc.is("ccomp") && arc.token() < tag) {
                return arc.token();
            }
        }
        int current = tag;
        for (int steps = 0; steps < 6; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                break;
            }
            current = up.token();
            if (ActorResolver.tag(tokens, current).startsWith("VB")) {
                return current;
            }
        }
        return -1;
    }

    private static int root(ParsedSentence parsed, int token) {
        int current = token;
        for (int steps = 0; steps < 30; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return current;
            }
            current = up.token();
        }
        return -1;
    }

    private List<Mention> subject(ParsedSentence parsed, int verb, MentionIndex index) {
        if (verb < 0) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")
                    && !parsed.word(arc.token()).toLowerCase(Locale.ROOT).matches("it|they|he|she|we")) {
                found.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
        return found;
    }
}
