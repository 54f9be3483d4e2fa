package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Hosts and brokers of the talks or accord an act came out of, where {@code ActorResolver.hosts} does not reach them:
 * the accord hung on the act's infinitive ("agreed to resume relations, in a deal brokered by China"), a mediation named
 * by a noun ("restored ties with Kenya following mediation by Qatar", "signed a deal through Qatari mediation"), the
 * host of the venue or a co-host ("at talks in Putrajaya hosted by Malaysia and co-mediated by the United States"). The
 * coding guide: a host or mediator takes part with each party (CONSULT).
 */
final class Mediators {

    private static final Set<String> MEDIATION_NOUNS = Set.of(
            "mediation", "brokering", "facilitation", "auspices", "intercession", "mediator", "broker");
    /** Links from a mediation noun to who mediates: "Qatari mediation", "Qatar's mediation", "mediation by/of Qatar". */
    private static final Set<String> MEDIATOR_LINKS = Set.of("amod", "nmod:poss", "compound", "nmod:by", "nmod:agent",
            "nmod:of", "obl:by", "obl:agent");
    /** Phrases that set an act inside an accord or meeting, or after one. */
    private static final Set<String> SETTING_MARKERS = Set.of(
            "under", "in", "as", "through", "via", "at", "after", "following", "during", "thanks_to", "with", "amid");
    /** A venue of the meeting, whose participle may name the host: "talks in Doha hosted by Qatar". */
    private static final Set<String> VENUE_MARKERS = Set.of("in", "at");

    private final PhraseNations phrase;

    Mediators(PhraseNations phrase) {
        this.phrase = phrase;
    }

    List<Mention> of(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index) {
        List<Integer> clauses = new ArrayList<>(List.of(head));
        for (ParsedSentence.Arc a : parsed.children(head)) {
            boolean infinitive = a.is("xcomp") || (a.is("advcl") && parsed.treeChildren(a.token()).stream()
                    .anyMatch(m -> m.is("mark") && parsed.word(m.token()).equalsIgnoreCase("to")));
            if (infinitive && ActorResolver.tag(tokens, a.token()).startsWith("VB")) {
                clauses.add(a.token()); // "agreed to resume relations, in a deal brokered by China"
            }
        }
        List<Integer> nouns = new ArrayList<>();
        if (ActorResolver.tag(tokens, head).startsWith("NN")) {
            nouns.add(head);
        }
        for (int clause : clauses) {
            for (ParsedSentence.Arc a : parsed.children(clause)) {
                if (a.is("obj") || ((a.is("obl") || a.is("nmod")) && SETTING_MARKERS.contains(a.marker()))) {
                    nouns.add(a.token());
                }
            }
        }
        for (int noun : List.copyOf(nouns)) {
            parsed.children(noun).stream()
                    .filter(a -> (a.is("nmod") || a.is("obl")) && VENUE_MARKERS.contains(a.marker()))
                    .forEach(a -> nouns.add(a.token()));
        }
        List<Mention> found = new ArrayList<>();
        for (int noun : nouns) {
            if (MEDIATION_NOUNS.contains(TriggerLexicon.lemma(tokens.get(noun)))) {
                for (ParsedSentence.Arc a : parsed.children(noun)) {
                    if (MEDIATOR_LINKS.contains(a.relation().toLowerCase(Locale.ROOT))) {
                        found.addAll(phrase.in(parsed, a.token(), index));
                    }
                }
            }
            for (ParsedSentence.Arc acl : parsed.children(noun)) {
                if (!acl.is("acl") || !ActorResolver.hostingParticiple(parsed.word(acl.token()))) {
                    continue;
                }
                List<Integer> participles = new ArrayList<>(List.of(acl.token()));
                // "hosted by Malaysia and co-mediated by the United States"
                parsed.children(acl.token()).stream()
                        .filter(c -> c.is("conj") && ActorResolver.hostingParticiple(parsed.word(c.token())))
                        .forEach(c -> participles.add(c.token()));
                for (int participle : participles) {
                    for (ParsedSentence.Arc agent : parsed.children(participle)) {
                        if ((agent.is("obl") || agent.is("nmod"))
                                && (agent.marker().equals("agent") || agent.marker().equals("by"))) {
                            found.addAll(phrase.in(parsed, agent.token(), index));
                        }
                    }
                }
            }
        }
        return found;
    }
}
