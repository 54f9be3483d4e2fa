package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

/**
 * An agreement, apology, endorsement or step back by one state toward another that the same sentence shows pressing it
 * is giving in (coding guide, CONCEDE: "agreeing to a demand, accepting terms under pressure, apologizing under
 * pressure"): "Colombia agreed to accept deportation flights ..., hours after Trump ordered sweeping tariffs on
 * Colombian officials", "Putin apologised to Bennett ..., after Israel had demanded an apology", "Yielding to months of
 * U.S. pressure, Lebanon's cabinet endorsed ...". The pressure is an event of the sentence from the other state to the
 * yielding one (a demand, threat, sanction or coercion), or a noun of pressure whose phrase names the other state. A step
 * back so taken stays a step back beside the concession ("Kenya backed down and lifted its ban on maize imports": RETREAT
 * and CONCEDE, as the coding guide settled on 2026-12-07); an agreement, apology or endorsement is the concession alone.
 */
final class YieldingUnderPressure {

    private static final Set<PloverType> YIELDING = EnumSet.of(PloverType.AGREE, PloverType.SUPPORT, PloverType.RETREAT);
    private static final Set<PloverType> PRESSING = EnumSet.of(PloverType.DEMAND, PloverType.THREATEN,
            PloverType.SANCTION, PloverType.COERCE);
    private static final Set<String> PRESSURE_NOUNS = Set.of("pressure", "demand", "ultimatum");
    /** Where a pressure noun names who presses: "U.S. pressure", "Washington's demand", "pressure from Washington". */
    private static final Set<String> PRESSER_LINKS = Set.of("nmod:poss", "compound", "amod", "nmod:from", "nmod:by",
            "nmod:of");

    List<ExtractedEvent> apply(Collection<ExtractedEvent> events, SentenceContext sentence, ParsedSentence parsed) {
        Map<String, ExtractedEvent> result = new LinkedHashMap<>();
        for (ExtractedEvent event : events) {
            ExtractedEvent kept = event;
            if (YIELDING.contains(event.type()) && event.modality() == Modality.ASSERTED) {
                String yielder = pressed(event.source(), event.target(), events, sentence, parsed) ? event.source()
                        : event.type() == PloverType.AGREE
                                && pressed(event.target(), event.source(), events, sentence, parsed) ? event.target()
                                        : null;
                if (yielder != null) {
                    String other = yielder.equals(event.source()) ? event.target() : event.source();
                    kept = new ExtractedEvent(event.sentenceIndex(), event.sentence(), event.sentenceStart(),
                            event.sentenceEnd(), PloverType.CONCEDE, null, PloverType.CONCEDE.cameoRoot(), yielder, other,
                            event.modality(), event.confidence(), event.trigger());
                    if (event.type() == PloverType.RETREAT) {
                        // "bowed to Beijing's pressure and lifted the ban": the step back happened as well (coding guide,
                        // settled 2026-12-07: RETREAT, and CONCEDE when giving in is told)
                        result.merge(event.type() + "|" + PairKey.of(event.source(), event.target()), event,
                                (a, b) -> a.confidence() >= b.confidence() ? a : b);
                    }
                }
            }
            result.merge(kept.type() + "|" + PairKey.of(kept.source(), kept.target()), kept,
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return new ArrayList<>(result.values());
    }

    /** Whether the sentence shows presser pressing yielder. */
    private static boolean pressed(String yielder, String presser, Collection<ExtractedEvent> events,
            SentenceContext sentence, ParsedSentence parsed) {
        for (ExtractedEvent e : events) {
            if (PRESSING.contains(e.type()) && e.source().equals(presser) && e.target().equals(yielder)) {
                return true;
            }
        }
        return parsed != null && pressureNoun(presser, sentence, parsed);
    }

    private static boolean pressureNoun(String presser, SentenceContext sentence, ParsedSentence parsed) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (!PRESSURE_NOUNS.contains(TriggerLexicon.lemma(sentence.tokens().get(i)))
                    || !ActorResolver.tag(sentence.tokens(), i).startsWith("NN")) {
                continue;
            }
            for (ParsedSentence.Arc arc : parsed.children(i)) {
                if (PRESSER_LINKS.contains(arc.relation().toLowerCase(java.util.Locale.ROOT))
                        && names(sentence, parsed, arc.token(), presser)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token names the state, or its possessor or compound does ("the U.S. administration's pressure"). */
    private static boolean names(SentenceContext sentence, ParsedSentence parsed, int token, String code) {
        if (covered(sentence, token, code)) {
            return true;
        }
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            if ((arc.is("nmod:poss") || arc.is("compound") || arc.is("amod")) && covered(sentence, arc.token(), code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(SentenceContext sentence, int token, String code) {
        for (Mention m : sentence.mentions()) {
            if (m.covers(token) && m.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
