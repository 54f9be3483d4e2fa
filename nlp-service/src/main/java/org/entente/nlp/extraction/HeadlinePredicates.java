package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A headline's second predicate after a comma: "Kyiv slams Budapest ..., summons Hungarian envoy", "Chad ends defence pact
 * with France, asks troops to leave", "Sudan army accuses UAE of arming RSF, cuts diplomatic ties". Headline grammar
 * drops the "and" and the repeated subject; the parser, trained on full sentences, hangs the second verb on the first as
 * a bare {@code dep} (or parataxis) without a subject. Such a verb is a further act of the first clause's subject,
 * toward the first clause's other party when it names none of its own (as "and" would say). Full sentences keep their
 * "and", so only headlines are read so.
 */
final class HeadlinePredicates {

    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD");
    private static final Set<String> LINKS = Set.of("dep", "parataxis", "conj");

    private HeadlinePredicates() {
    }

    /** The verb of the first clause when {@code head} is a headline's second predicate after a comma, else -1. */
    static int firstPredicate(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        if (parsed == null || head < 1 || !FINITE.contains(ActorResolver.tag(tokens, head))
                || !tokens.get(head - 1).word().equals(",") || !HeadlineLists.isHeadline(tokens)) {
            return -1;
        }
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null || !LINKS.contains(up.relation()) || up.token() >= head
                || !FINITE.contains(ActorResolver.tag(tokens, up.token()))) {
            return -1;
        }
        boolean ownClause = parsed.treeChildren(head).stream()
                .anyMatch(a -> a.is("nsubj") || a.is("csubj") || a.is("mark") || a.is("cc") || a.is("aux"));
        return ownClause ? -1 : up.token();
    }
}
