package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Aid whose clause names no receiver goes to the one other state the sentence names (the place it was flown to, the
 * state whose disaster it answers). Sentences written for this test, not copied from an evaluation set.
 */
class AidReceiversTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ArticleExtractor.create();
    }

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

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
