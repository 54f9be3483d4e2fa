package org.entente.nlp.extraction;

/**
 * One event between two nations found in one sentence. The sentence is the evidence:
 * {@code sentence.equals(text.substring(sentenceStart, sentenceEnd))}.
 *
 * @param subtype agreement subtype as in docs/contracts.md ({@code defense_pact}, {@code treaty},
 *        {@code normalization}, {@code trade_deal}, {@code military_cooperation}, {@code ceasefire},
 *        {@code negotiation_round}) or null
 * @param cameoCode CAMEO root code of the type
 * @param source ISO alpha-3 of the acting nation
 * @param target ISO alpha-3 of the nation acted upon; never equal to source
 * @param confidence 0..1
 * @param trigger the word(s) that signal the event
 */
public record ExtractedEvent(
        int sentenceIndex,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        PloverType type,
        String subtype,
        String cameoCode,
        String source,
        String target,
        Modality modality,
        double confidence,
        String trigger) {
}
