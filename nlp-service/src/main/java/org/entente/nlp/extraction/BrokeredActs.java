package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A broker, mediator or host named by a participle on a noun that is no event of its own ("swapped 115 prisoners each
 * in an exchange mediated by the UAE", "freed the reporter in a swap brokered by Turkey", "resumed sharing intelligence
 * with Kyiv after talks hosted by Saudi Arabia"): the participle's agent meets each party of the act the noun hangs on
 * (CONSULT, coding guide "Many parties"), the nearest event above the noun. {@code ActorResolver.hosts} reads such a
 * participle only when its noun is the act's own object or setting phrase; the parse often hangs it one noun further
 * ("on Saturday in an exchange", "the first phase of a truce mediated by"). Not for an act that judges or answers the
 * brokered thing ("welcomed the deal brokered by Egypt": the judge is no party), and the parties are not paired with
 * each other here (they did what the act says, which the act's own trigger tells).
 */
final class BrokeredActs {

    private static final int MAX_CLIMB = 6;
    /** Acts done under or at what a broker arranged; judgements and demands about it are not. */
    private static final Set<PloverType> DONE_UNDER = Set.of(PloverType.AGREE, PloverType.CONSULT, PloverType.RETREAT,
            PloverType.COOPERATE, PloverType.CONCEDE, PloverType.AID);

    private final PhraseNations phrase = new PhraseNations();

    Actors complete(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved, ParsedSentence parsed,
            SentenceContext sentence) {
        int head = trigger.head();
        if (parsed == null || trigger.type() != PloverType.CONSULT || !ActorResolver.hostingParticiple(parsed.word(head))
                || !"VBN".equals(ActorResolver.tag(sentence.tokens(), head))) {
            return found;
        }
        ParsedSentence.Arc up = parsed.treeParent(head);
        // the parser reads "after talks hosted by Djibouti", "welcomed the ceasefire brokered by Egypt" as a clause too,
        // the noun its subject
        if (up == null || !(up.is("acl") || ((up.is("advcl") || up.is("dep"))
                && parsed.treeChildren(head).stream().anyMatch(a -> a.is("nsubj"))))) {
            return found;
        }
        MentionIndex index = new MentionIndex(sentence, false);
        Set<String> codes = new LinkedHashSet<>();
        List<Mention> brokers = new ArrayList<>();
        for (ParsedSentence.Arc agent : parsed.children(head)) {
            if ((agent.is("obl") || agent.is("nmod")) && (agent.marker().equals("agent") || agent.marker().equals("by"))) {
                Mention.addDistinctStates(brokers, codes, phrase.in(parsed, agent.token(), index));
            }
        }
        if (brokers.isEmpty()) {
            return found;
        }
        TriggerMatch act = act(trigger, up.token(), resolved, parsed);
        List<Mention> parties = new ArrayList<>();
        if (act != null && DONE_UNDER.contains(act.type())) {
            Actors actors = resolved.get(act);
            Mention.addDistinctStates(parties, new LinkedHashSet<>(codes), actors.sources(), actors.targets(), actors.mutual());
            return parties.isEmpty() ? found : new Actors(brokers, parties, true, true, false, List.of(), List.of());
        }
        if (found.guessed()) {
            return found;
        }
        // "welcomed the ceasefire between Iran and Israel brokered by Trump": the broker meets the parties the brokered
        // thing names
        List<Mention> hosts = new ArrayList<>(found.hosts());
        hosts.addAll(brokers);
        return new Actors(found.sources(), found.targets(), found.subjectKnown(), found.objectKnown(), false,
                found.mutual(), hosts);
    }

    /** The nearest event at or above the participle's governor, or in a clause that event's verb takes. */
    private static TriggerMatch act(TriggerMatch participle, int governor, Map<TriggerMatch, Actors> resolved,
            ParsedSentence parsed) {
        int current = governor;
        for (int step = 0; step < MAX_CLIMB; step++) {
            TriggerMatch here = at(current, participle, resolved);
            if (here != null) {
                return here;
            }
            for (ParsedSentence.Arc below : parsed.treeChildren(current)) {
                // "resumed sharing intelligence with Kyiv after talks hosted by ...": the act is the verb's infinitive;
                // "initialled a peace agreement in a ceremony hosted by Trump": the event noun it takes
                if (below.is("xcomp") || below.is("ccomp") || below.is("obj")) {
                    TriggerMatch told = at(below.token(), participle, resolved);
                    if (told != null) {
                        return told;
                    }
                }
            }
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return null;
            }
            current = up.token();
        }
        return null;
    }

    /** An event other than the participle whose trigger has this head and names a state. */
    private static TriggerMatch at(int token, TriggerMatch participle, Map<TriggerMatch, Actors> resolved) {
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            TriggerMatch other = entry.getKey();
            Actors actors = entry.getValue();
            if (other.head() == token && other != participle
                    && !(actors.sources().isEmpty() && actors.targets().isEmpty() && actors.mutual().isEmpty())) {
                return other;
            }
        }
        return null;
    }

}
