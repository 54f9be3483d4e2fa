package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meeting at which an act was done is held by the act's parties, when the meeting's own phrase names fewer than two
 * states: "Lebanon agreed to hand over to Syria 300 prisoners, the deputy prime minister said after talks in Damascus",
 * "Tajikistan has asked Russia for help, its defence minister said after talks with his Russian counterpart", "Washington
 * resumed sharing intelligence with Kyiv after talks in Jeddah". {@link OccasionActors} takes the subject of the clause the
 * meeting hangs on; a speaker who names no state, or an act whose other party is its object, leaves the meeting with one
 * state or none. Here the act is the nearest event above the meeting (through a verb of saying to what it tells, and
 * through a verb to its infinitive or told clause), and every state it names, on either side, sits at the meeting; not
 * when the meeting names a state outside the act, not for a summit or conference of many states, and a mediation's
 * mediator meets each party without pairing the parties.
 */
final class ActMeetings {

    private static final int MAX_CLIMB = 8;
    /** Gatherings of many states: two states at one summit need not have met each other ("at the BRICS summit"). */
    private static final Set<String> GATHERINGS = Set.of("summit", "conference", "forum", "assembly", "gathering",
            "congress", "session");
    /** Go-betweens' nouns: the mediator meets each party of the act (coding guide, "Many parties"). */
    private static final Set<String> MEDIATIONS = Set.of("mediation", "brokering", "facilitation", "auspices",
            "intercession");

    Actors complete(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved, ParsedSentence parsed,
            SentenceContext sentence) {
        int head = trigger.head();
        if (parsed == null || trigger.type() != PloverType.CONSULT
                || !ActorResolver.tag(sentence.tokens(), head).startsWith("NN") || !parsed.meetingOfTheAct(head)) {
            return found;
        }
        Set<String> codes = new LinkedHashSet<>();
        List<Mention> parties = new ArrayList<>();
        Mention.addDistinctStates(parties, codes, found.sources(), found.targets(), found.mutual());
        if (codes.size() >= 2) {
            return found;
        }
        String noun = parsed.lemma(head);
        if (GATHERINGS.contains(noun)) {
            return found;
        }
        TriggerMatch act = act(trigger, resolved, parsed);
        if (act == null) {
            return found;
        }
        Actors actors = resolved.get(act);
        boolean several = FallbackActors.distinctCodes(actors.sources()) >= 2;
        // "the leaders of Egypt, France and Jordan, meeting in Cairo, called on Israel": several states acting on another
        // at their meeting met each other, not the one they addressed
        List<Mention> targets = several && !act.rule().reciprocal() ? List.of() : actors.targets();
        Set<String> actCodes = new LinkedHashSet<>();
        List<Mention> actSources = new ArrayList<>();
        List<Mention> actTargets = new ArrayList<>();
        Mention.addDistinctStates(actSources, actCodes, actors.sources(), actors.mutual());
        Mention.addDistinctStates(actTargets, actCodes, targets);
        if (!actCodes.containsAll(codes)) {
            // "..., the State Department said after a meeting of contributing nations": a state the meeting already
            // names that takes no part in the act tells of another meeting
            return found;
        }
        if (MEDIATIONS.contains(noun)) {
            // "pardoned 49 Ivorian soldiers following mediation by Togo": the mediator meets each party, the parties
            // need not meet each other
            List<Mention> others = new ArrayList<>(actSources);
            others.addAll(actTargets);
            others.removeIf(m -> codes.contains(m.code()));
            return parties.isEmpty() || others.isEmpty() ? found
                    : new Actors(parties, others, true, true, false, found.mutual(), found.hosts());
        }
        if (actCodes.size() < 2) {
            return found;
        }
        // "Syria agreed at a meeting with the ministers of Jordan, Iraq and Egypt": the actor meets each of those it
        // acted with; only co-actors ("Japan and South Korea agreed with the United States after talks") meet each other
        List<Mention> sources = actSources.isEmpty() ? actTargets : actSources;
        List<Mention> others = actSources.isEmpty() ? List.of() : actTargets;
        return new Actors(sources, others, true, true, false, several || others.isEmpty() ? sources : List.of(),
                found.hosts());
    }

    /** The nearest event above the meeting noun, or in a clause that event's verb takes. */
    private static TriggerMatch act(TriggerMatch meeting, Map<TriggerMatch, Actors> resolved, ParsedSentence parsed) {
        int current = meeting.head();
        for (int step = 0; step < MAX_CLIMB; step++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return null;
            }
            current = up.token();
            TriggerMatch here = at(current, meeting, resolved);
            if (here != null) {
                return here;
            }
            for (ParsedSentence.Arc below : parsed.treeChildren(current)) {
                // "resumed sharing intelligence with Kyiv after talks", "said after talks that it would ...": the act is
                // the verb's infinitive or told clause
                if (below.is("xcomp") || below.is("ccomp")) {
                    TriggerMatch told = at(below.token(), meeting, resolved);
                    if (told != null) {
                        return told;
                    }
                }
            }
        }
        return null;
    }

    /** An event (not a meeting) whose trigger has this head and names a state. */
    private static TriggerMatch at(int token, TriggerMatch meeting, Map<TriggerMatch, Actors> resolved) {
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            TriggerMatch other = entry.getKey();
            Actors actors = entry.getValue();
            if (other.head() == token && other != meeting && other.type() != PloverType.CONSULT
                    && !(actors.sources().isEmpty() && actors.targets().isEmpty())) {
                return other;
            }
        }
        return null;
    }

}
