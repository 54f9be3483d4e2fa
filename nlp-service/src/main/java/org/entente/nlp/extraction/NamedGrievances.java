package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A grievance a state names as the reason of its own act: "summoned the British ambassador to protest what it called
 * London's interference", "lodged a protest with Athens over what it called the militarisation of the islands",
 * "expelled Russia's ambassador in response to what Vilnius called atrocities". Naming another's act as a wrong done
 * (interference, violations, aggression) alleges it: ACCUSE from the namer to the name's own state, else to whom the
 * namer's act is done. Only names that are wrongs by their word: a name that only judges ("an unfriendly step", "a
 * 'criminal' decision") is criticism, and a state naming someone else's act ("in what Seoul called a provocation") is
 * read by {@link Judgements}.
 */
final class NamedGrievances {

    /** Verbs that name a thing as something. */
    private static final Set<String> NAMING = Set.of("call", "describe", "term", "brand", "label", "dub", "characterize",
            "characterise");
    /** Nouns that name an act as a wrong done to someone. */
    private static final Set<String> WRONGS = Set.of(
            "interference", "meddling", "involvement", "violation", "aggression", "invasion", "occupation", "atrocity",
            "crime", "killing", "massacre", "genocide", "hostage-taking", "kidnapping", "abduction", "mistreatment",
            "persecution", "militarisation", "militarization", "ramming", "incursion", "intrusion", "harassment",
            "sabotage", "espionage", "terrorism", "threat", "failure", "breach", "encroachment", "annexation",
            "subversion", "interventionism", "intervention", "collusion", "complicity", "obstruction", "attempt");
    private static final int MAX_CLIMB = 5;

    private final PhraseNations phrase = new PhraseNations();

    List<ClauseAct> find(SentenceContext sentence, ParsedSentence parsed, Map<TriggerMatch, Actors> resolved) {
        List<CoreLabel> tokens = sentence.tokens();
        MentionIndex index = new MentionIndex(sentence, false);
        List<ClauseAct> found = new ArrayList<>();
        for (int v = 0; v < tokens.size(); v++) {
            if (!NAMING.contains(parsed.lemma(v)) || !ActorResolver.tag(tokens, v).startsWith("VB")) {
                continue;
            }
            int what = -1;
            for (ParsedSentence.Arc arc : parsed.children(v)) {
                if (arc.is("obj") && parsed.word(arc.token()).equalsIgnoreCase("what")) {
                    what = arc.token();
                }
            }
            int name = what < 0 ? -1 : name(parsed, v, what);
            if (name < 0 || !WRONGS.contains(parsed.lemma(name).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Actors act = namersAct(parsed, v, resolved);
            if (act == null) {
                continue;
            }
            Set<String> doers = Counterparts.codes(act.sources());
            List<Mention> namers = namers(parsed, tokens, v, index);
            if (!namers.isEmpty() && !doers.containsAll(Counterparts.codes(namers))) {
                continue; // another state names the act: a judgement of it, not a grievance of the doer
            }
            List<Mention> accused = Counterparts.others(own(parsed, name, index), doers);
            if (accused.isEmpty()) {
                accused = Counterparts.others(act.targets(), doers);
            }
            if (!accused.isEmpty()) {
                found.add(new ClauseAct(v, act.sources(), accused));
            }
        }
        return found;
    }

    /**
     * What the thing is named: the small clause's predicate, the "as" phrase, or the second object the parser often makes
     * of it ("what it called London's interference").
     */
    private static int name(ParsedSentence parsed, int verb, int what) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("xcomp") || ((arc.is("obl") || arc.is("advcl")) && arc.marker().equals("as"))
                    || (arc.is("obj") && arc.token() != what)) {
                return arc.token();
            }
        }
        return -1;
    }

    /**
     * The act the free relative is the reason or object of, with its actors: the nearest trigger above the naming verb
     * whose doer and target are known ("to protest what ...", under "summoned", takes the summons).
     */
    private static Actors namersAct(ParsedSentence parsed, int naming, Map<TriggerMatch, Actors> resolved) {
        int current = naming;
        for (int steps = 0; steps < MAX_CLIMB; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return null;
            }
            current = up.token();
            for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
                TriggerMatch trigger = entry.getKey();
                if (trigger.head() == current && !entry.getValue().sources().isEmpty()
                        && !entry.getValue().targets().isEmpty()) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** The states the naming verb's own subject names; none for a pronoun or a body without a state. */
    private List<Mention> namers(ParsedSentence parsed, List<CoreLabel> tokens, int verb, MentionIndex index) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass") && !Counterparts.pronoun(tokens, arc.token())) {
                return phrase.in(parsed, arc.token(), index);
            }
        }
        return List.of();
    }

    /** The wrongdoer the name itself names: "London's interference", "threats from Washington", "committed by X". */
    private List<Mention> own(ParsedSentence parsed, int noun, MentionIndex index) {
        List<Mention> own = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(noun)) {
            boolean owner = arc.is("nmod:poss") || arc.is("amod") || arc.is("compound")
                    || ((arc.is("nmod") || arc.is("obl")) && Set.of("by", "agent", "from").contains(arc.marker()));
            if (owner) {
                own.addAll(phrase.in(parsed, arc.token(), index));
            }
            if (arc.is("acl")) {
                // "atrocities committed by Russian forces"
                for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                    if (inner.is("obl") && Set.of("by", "agent").contains(inner.marker())) {
                        own.addAll(phrase.in(parsed, inner.token(), index));
                    }
                }
            }
        }
        return own;
    }
}
