package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "A consignment of vaccine donated by China arrived in Cairo", "F-16 jets donated by Denmark are flying in Ukraine":
 * a past participle of giving names its giver after "by", even where the parser gives the participle a subject of its
 * own; the receiver is then the one other state the sentence names (where the gift arrived, whose pilots fly it). Only
 * when exactly one other state is named: with more, the receiver is not known. And a relief flight: the carrier's state
 * gives, the place it lands in receives.
 */
final class GiftParticiples {

    private static final Set<PloverType> TRANSFERS = EnumSet.of(PloverType.AID, PloverType.COOPERATE);

    private final PhraseNations phrase = new PhraseNations();

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        int head = trigger.head();
        if (parsed == null || !TRANSFERS.contains(trigger.type()) || !found.targets().isEmpty()) {
            return found;
        }
        Actors flight = reliefFlight(found, head, sentence, parsed);
        if (flight != null) {
            return flight;
        }
        if (!"VBN".equals(ActorResolver.tag(sentence.tokens(), head))) {
            return found;
        }
        MentionIndex index = new MentionIndex(sentence, false);
        List<Mention> givers = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if ((arc.is("obl") || arc.is("nmod")) && (arc.marker().equals("by") || arc.marker().equals("agent"))) {
                givers.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
        if (givers.isEmpty()) {
            return found;
        }
        Map<String, Mention> others = new LinkedHashMap<>();
        for (Mention m : sentence.mentions()) {
            if (m.isNation() && givers.stream().noneMatch(g -> g.code().equals(m.code()))) {
                others.putIfAbsent(m.code(), m);
            }
        }
        if (others.size() != 1) {
            return found;
        }
        return found.with(givers, List.copyOf(others.values()), true);
    }

    /** Where a carrier lands or arrives: "landed in Damascus", "arrived at Port Sudan", "reached Kabul". */
    private static final Set<String> ARRIVAL_MARKERS = Set.of("in", "at", "to", "into");

    /**
     * "A Russian plane carrying 30 tonnes of humanitarian cargo landed in Damascus": the participle describes the carrier,
     * whose state gives, and the place the carrier's own verb reaches receives.
     */
    private Actors reliefFlight(Actors found, int head, SentenceContext sentence, ParsedSentence parsed) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null || !up.is("acl")) {
            return null;
        }
        ParsedSentence.Arc role = parsed.treeParent(up.token());
        if (role == null || !role.is("nsubj")) {
            return null;
        }
        MentionIndex index = new MentionIndex(sentence, false);
        List<Mention> givers = new ArrayList<>(found.sources());
        if (givers.isEmpty()) {
            givers.addAll(phrase.in(parsed, up.token(), index));
        }
        MentionIndex places = new MentionIndex(sentence, true);
        List<Mention> receivers = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(role.token())) {
            if ((arc.is("obl") && ARRIVAL_MARKERS.contains(arc.marker())) || arc.is("obj")) {
                phrase.in(parsed, arc.token(), places).stream()
                        .filter(m -> givers.stream().noneMatch(g -> g.code().equals(m.code()))).forEach(receivers::add);
            }
        }
        return givers.isEmpty() || receivers.isEmpty() ? null : found.with(givers, receivers, false);
    }
}
