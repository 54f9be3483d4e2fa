package org.entente.nlp.extraction;

/**
 * One possible event before the per-pair choice.
 *
 * @param depth the trigger's distance from the sentence root; the shallowest trigger speaks for the pair
 */
record EventCandidate(TriggerMatch trigger, Mention source, Mention target, int depth, double confidence) {

    String pairKey() {
        return PairKeys.of(source.code(), target.code());
    }
}
