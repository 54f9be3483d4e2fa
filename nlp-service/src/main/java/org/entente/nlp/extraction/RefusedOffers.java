package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A refused offer is both events (coding guide, "Refused offers", session 25): "India rejected Pakistan's offer of talks"
 * is the refusal (REJECT IND→PAK, the lexicon's) and the offer, an intention to cooperate or help made to the refuser
 * (AGREE PAK→IND, {@code intent}). The offer was made whatever became of it, as a refused request or demand was. Read
 * at the offer noun a REJECT trigger refuses: its object, or the noun of its own rule ("declined an offer").
 */
final class RefusedOffers {

    private static final Set<String> OFFERS = Set.of("offer");

    private final PhraseNations phrase = new PhraseNations();

    /** Each refused offer: told at the offer noun, from its makers to the refusers. */
    List<ClauseAct> find(SentenceContext sentence, ParsedSentence parsed, Map<TriggerMatch, Actors> resolved) {
        List<ClauseAct> found = new ArrayList<>();
        MentionIndex index = null;
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            TriggerMatch trigger = entry.getKey();
            Actors actors = entry.getValue();
            if (trigger.type() != PloverType.REJECT || actors.sources().isEmpty()) {
                continue;
            }
            for (int offer : offers(trigger, parsed, sentence.tokens())) {
                index = index == null ? new MentionIndex(sentence, false) : index;
                // the offer's own maker ("Pakistan's offer", "offers of help from France"); not whom the refusal faces,
                // which may be others ("accepted teams from Spain ..., turning down other offers")
                List<Mention> makers = Counterparts.others(phrase.in(parsed, offer, index),
                        Counterparts.codes(actors.sources()));
                if (!makers.isEmpty()) {
                    found.add(new ClauseAct(offer, makers, actors.sources()));
                }
            }
        }
        return found;
    }

    /** The offer nouns a refusal turns down: the last word of its rule, or its objects and their conjuncts. */
    private static List<Integer> offers(TriggerMatch trigger, ParsedSentence parsed, List<CoreLabel> tokens) {
        List<Integer> offers = new ArrayList<>();
        if (trigger.lastToken() != trigger.head() && offerNoun(tokens, trigger.lastToken())) {
            offers.add(trigger.lastToken());
            return offers;
        }
        for (ParsedSentence.Arc arc : parsed.children(trigger.head())) {
            if ((arc.is("obj") || arc.is("nsubj:pass")) && offerNoun(tokens, arc.token()) && !offers.contains(arc.token())) {
                offers.add(arc.token());
            }
        }
        return offers;
    }

    /** A noun "offer" or "offers". */
    static boolean offerNoun(List<CoreLabel> tokens, int token) {
        return OFFERS.contains(TriggerLexicon.lemma(tokens.get(token)).toLowerCase(Locale.ROOT))
                && ActorResolver.tag(tokens, token).startsWith("NN");
    }
}
