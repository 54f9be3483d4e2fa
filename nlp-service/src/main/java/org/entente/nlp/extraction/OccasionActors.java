package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parties of the meeting at which a clause's act took place. "Rajapaksa asked China to restructure its debts
 * during talks with Wang Yi", "Biden told Netanyahu in a phone call": the talks' own phrase names one side at most;
 * the other is whoever performed the act, the subject of the verb the occasion hangs on (climbing through verbs
 * without a subject of their own), and a conversation also has the person spoken to.
 */
final class OccasionActors {

    /** How a conversation's other party is named in its clause: "told Netanyahu", "apologised to Aliyev". */
    private static final Set<String> ADDRESSEE_LINKS = Set.of("obj", "iobj", "obl:to", "obl:with");
    private static final int MAX_CLIMB = 6;

    private final PhraseNations phrase = new PhraseNations();

    /**
     * "Special envoys of Turkey and Armenia, meeting in Vienna, agreed ...": a meeting set beside a noun (apposition or
     * participle) is held by the nations that noun's phrase names, with each other.
     */
    private Actors appositiveMeeting(Actors found, int head, SentenceContext sentence, ParsedSentence parsed) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null || !(up.is("appos") || up.is("acl"))
                || !ActorResolver.tag(sentence.tokens(), up.token()).startsWith("NN")
                || !found.targets().isEmpty()) {
            return null;
        }
        List<Mention> attendees = new ArrayList<>();
        for (Mention m : phrase.in(parsed, up.token(), new MentionIndex(sentence, false))) {
            if (attendees.stream().noneMatch(a -> a.code().equals(m.code()))) {
                attendees.add(m);
            }
        }
        return attendees.size() < 2 ? null : new Actors(attendees, List.of(), true, true, false, attendees, found.hosts());
    }

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        int head = trigger.head();
        if (parsed == null || trigger.type() != PloverType.CONSULT) {
            return found;
        }
        Actors attendees = appositiveMeeting(found, head, sentence, parsed);
        if (attendees != null) {
            return attendees;
        }
        if (!ActorResolver.tag(sentence.tokens(), head).startsWith("NN") || !parsed.meetingOfTheAct(head)) {
            return found;
        }
        Set<String> codes = new LinkedHashSet<>();
        List<Mention> parties = new ArrayList<>();
        for (List<Mention> side : List.of(found.sources(), found.targets(), found.mutual())) {
            for (Mention m : side) {
                if (codes.add(m.code())) {
                    parties.add(m);
                }
            }
        }
        if (codes.size() >= 2) {
            return found;
        }
        MentionIndex index = new MentionIndex(sentence, false);
        List<Mention> others = new ArrayList<>();
        int current = head;
        for (int step = 0; step < MAX_CLIMB; step++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                break;
            }
            current = up.token();
            if (!ActorResolver.tag(sentence.tokens(), current).startsWith("VB")) {
                continue;
            }
            boolean hasSubject = false;
            for (ParsedSentence.Arc arc : parsed.treeChildren(current)) {
                boolean subject = arc.relation().equals("nsubj");
                boolean addressee = parsed.conversation(head) && ADDRESSEE_LINKS.contains(arc.relation());
                hasSubject |= subject;
                if (subject || addressee) {
                    List<Integer> heads = new ArrayList<>(List.of(arc.token()));
                    // "Argentina and Uruguay reached a deal after ...": each conjunct of the subject is a party
                    parsed.treeChildren(arc.token()).stream().filter(c -> c.is("conj")).forEach(c -> heads.add(c.token()));
                    for (int h : heads) {
                        phrase.in(parsed, h, index).stream()
                                .filter(m -> !codes.contains(m.code())
                                        && others.stream().noneMatch(o -> o.code().equals(m.code())))
                                .forEach(others::add);
                    }
                }
            }
            if (hasSubject) {
                break;
            }
        }
        if (others.isEmpty()) {
            return found;
        }
        if (parties.isEmpty()) {
            return new Actors(others, List.of(), true, true, false, others, found.hosts());
        }
        return new Actors(parties, others, true, true, false, found.mutual(), found.hosts());
    }
}
