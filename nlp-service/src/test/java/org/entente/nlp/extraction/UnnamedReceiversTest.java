package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Aid, a penalty or coercion whose clause names no receiver reaches the one other state the sentence names (the
 * place aid was flown to, the state whose disaster it answers, the state whose remarks an envoy was recalled over, the state
 * whose signals were jammed). Sentences written for
 * this test, not copied from an evaluation set.
 */
class UnnamedReceiversTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aidWithoutAReceiverGoesToTheOneOtherStateNamed() {
        assertThat(typedPairs("Chile and Peru flew in rescuers and planeloads of relief goods after the floods, officials"
                + " in Quito said.")).contains("AID CHL-ECU", "AID ECU-PER");
    }

    @Test
    void aidWithoutAReceiverStaysWithoutOneWhenTwoOtherStatesAreNamed() {
        assertThat(typedPairs("Chile flew in rescuers and planeloads of relief goods after the floods, officials in Quito"
                + " and Lima said.")).noneMatch(p -> p.startsWith("AID"));
    }

    @Test
    void anEnvoyRecalledWithoutATargetLeavesTheOneOtherStateNamed() {
        assertThat(typedPairs("Peru recalled its ambassador for consultations after offensive remarks by officials in"
                + " Bogota.")).contains("SANCTION COL-PER");
    }

    @Test
    void coercionWithoutATargetFallsOnTheOneOtherStateNamed() {
        assertThat(typedPairs("Russia jammed satellite navigation signals over the Baltic for hours, officials in Tallinn"
                + " said.")).contains("COERCE EST-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
