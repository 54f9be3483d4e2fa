package org.entente.nlp.extraction;

import org.entente.nlp.domain.PairKey;

/**
 * One possible event before the per-pair choice.
 *
 * @param depth the trigger's distance from the sentence root; the shallowest trigger speaks for the pair
 */
record EventCandidate(TriggerMatch trigger, Mention source, Mention target, int depth, double confidence) {

    String pairKey() {
        return PairKey.of(source.code(), target.code());
    }
}
