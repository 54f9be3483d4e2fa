package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request or demand told by a noun that names its asker but not whom it asks is addressed to the state that acts in
 * the clause it is told in: "Israel freed five detainees, following a request from Washington", "Montenegro extradited
 * him, passing over a competing request from South Korea". The addressee is the subject of the nearest verb above
 * the noun that has one (a participle without its own subject passes it up). Not for a noun that is itself a subject
 * ("Russia's demand was rejected" names its answerer elsewhere).
 */
final class RequestAddressees {

    private static final Set<PloverType> ASKING_TYPES = Set.of(PloverType.REQUEST, PloverType.DEMAND);
    private static final int MAX_CLIMB = 6;

    private final PhraseNations phrase = new PhraseNations();

    Actors complete(TriggerMatch trigger, Actors found, ParsedSentence parsed, SentenceContext sentence) {
        int head = trigger.head();
        if (parsed == null || !ASKING_TYPES.contains(trigger.type()) || found.sources().isEmpty()
                || !found.targets().isEmpty() || !ActorResolver.tag(sentence.tokens(), head).startsWith("NN")) {
            return found;
        }
        ParsedSentence.Arc link = parsed.treeParent(head);
        if (link == null || link.is("nsubj") || link.is("nsubj:pass")) {
            return found;
        }
        MentionIndex index = new MentionIndex(sentence, false);
        int current = head;
        for (int step = 0; step < MAX_CLIMB; step++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return found;
            }
            current = up.token();
            if (!ActorResolver.tag(sentence.tokens(), current).startsWith("VB")) {
                continue;
            }
            for (ParsedSentence.Arc arc : parsed.treeChildren(current)) {
                if (!arc.is("nsubj") || arc.is("nsubj:pass")) {
                    continue;
                }
                List<Mention> addressees = new ArrayList<>();
                for (Mention m : phrase.in(parsed, arc.token(), index)) {
                    if (found.sources().stream().noneMatch(s -> s.code().equals(m.code()))) {
                        addressees.add(m);
                    }
                }
                return addressees.isEmpty() ? found : found.with(found.sources(), addressees, found.guessed());
            }
        }
        return found;
    }
}
