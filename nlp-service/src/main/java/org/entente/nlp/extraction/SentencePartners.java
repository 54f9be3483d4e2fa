package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting or an agreement that found one party only takes its other party from the sentence's two-party events that
 * name that state: "Chinese Premier Li Qiang toured Adelaide and Perth and agreed to ease visa rules" (the tour gives
 * AUS, the agreement had CHN alone), "Viktor Orban praised Trump's peace push after meeting him at the White House" (the
 * praise gives USA, the meeting had HUN alone), "Modi called him to discuss deepening the two countries' partnership".
 * A meeting or an agreement is done with someone, and the sentence names the one its doer dealt with; the parse hung
 * that partner on another verb, a pronoun or a conjunct. Only when every such event names the same partner; not for a
 * trigger that already has two states or none, and only for a verb that names no other party ({@link #open}).
 */
final class SentencePartners {

    /** The types that need a partner to have happened at all. */
    private static final Set<PloverType> PARTNERED = Set.of(PloverType.AGREE, PloverType.CONSULT);

    Actors complete(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved) {
        if (!PARTNERED.contains(trigger.type())) {
            return found;
        }
        List<Mention> own = states(found);
        if (own.size() != 1) {
            return found;
        }
        String code = own.get(0).code();
        Mention partner = null;
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            if (entry.getKey() == trigger) {
                continue;
            }
            List<Mention> pair = states(entry.getValue());
            if (pair.size() != 2 || pair.stream().noneMatch(m -> m.code().equals(code))) {
                continue;
            }
            Mention other = pair.get(0).code().equals(code) ? pair.get(1) : pair.get(0);
            if (partner != null && !partner.code().equals(other.code())) {
                return found; // two partners: the sentence does not say which one this act was done with
            }
            partner = other;
        }
        if (partner == null) {
            return found;
        }
        boolean acted = found.targets().stream().anyMatch(m -> m.code().equals(code))
                && found.sources().stream().noneMatch(m -> m.code().equals(code));
        List<Mention> sources = acted ? List.of(partner) : List.of(own.get(0));
        List<Mention> targets = acted ? List.of(own.get(0)) : List.of(partner);
        return new Actors(sources, targets, found.subjectKnown(), found.objectKnown(), found.guessed(), List.of(),
                List.of());
    }

    /**
     * Whether a trigger is open to a partner: a verb whose parse names no object, or only a pronoun ("after meeting him",
     * "agreed to ease visa rules"). A noun ("a cabinet meeting", "the 2019 deal") or a verb with an object that names no
     * state ("greeted Polisario Front leader Brahim Ghali", "to visit his family") found its other party, and it is no
     * state.
     */
    static boolean open(TriggerMatch trigger, Actors found, ParsedSentence parsed) {
        if (parsed == null || !parsed.tag(trigger.head()).startsWith("VB")) {
            return false;
        }
        return !found.objectKnown() || parsed.treeChildren(trigger.head()).stream()
                .filter(arc -> arc.is("obj")).allMatch(arc -> parsed.tag(arc.token()).startsWith("PRP"));
    }

    /** The distinct states an event names on any side. */
    private static List<Mention> states(Actors actors) {
        List<Mention> parties = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        Mention.addDistinctStates(parties, codes, actors.sources(), actors.targets(), actors.mutual(), actors.hosts());
        parties.removeIf(m -> !m.isNation());
        return parties;
    }
}
