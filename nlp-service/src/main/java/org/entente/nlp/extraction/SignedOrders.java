package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

/**
 * "Trump signed an executive order on Monday lifting sanctions on Syria", "Putin signed a decree banning imports of
 * Turkish fruit": the act is told by the participle on the order or decree, and whoever signed it acts. The parser often
 * gives the participle a subject of its own out of the date before it ("on Monday lifting"), so the signer is taken from
 * the verb the document is the object of, whenever the act found no state acting.
 */
final class SignedOrders {

    /** Documents that carry one government's own act. */
    private static final Set<String> DOCUMENTS = Set.of(
            "order", "decree", "law", "bill", "proclamation", "directive", "ordinance");
    /** Verbs that put such a document into force. */
    private static final Set<String> ENACTING = Set.of("sign", "issue", "approve", "enact");
    private static final int MAX_CLIMB = 3;

    private final PhraseNations phrase = new PhraseNations();

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || !found.sources().isEmpty()) {
            return found;
        }
        int current = trigger.head();
        for (int step = 0; step < MAX_CLIMB; step++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return found;
            }
            int document = up.token();
            if (up.is("acl") && DOCUMENTS.contains(parsed.lemma(document))) {
                ParsedSentence.Arc verb = parsed.treeParent(document);
                if (verb == null || !verb.is("obj") || !ENACTING.contains(parsed.lemma(verb.token()))) {
                    return found;
                }
                MentionIndex index = new MentionIndex(sentence, false);
                for (ParsedSentence.Arc arc : parsed.treeChildren(verb.token())) {
                    if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                        List<Mention> signers = phrase.in(parsed, arc.token(), index);
                        List<Mention> targets = found.targets().stream()
                                .filter(t -> signers.stream().noneMatch(s -> s.code().equals(t.code()))).toList();
                        return signers.isEmpty() ? found
                                : new Actors(signers, targets, true, found.objectKnown(), found.guessed(), found.mutual(),
                                        found.hosts());
                    }
                }
                return found;
            }
            current = document;
        }
        return found;
    }
}
