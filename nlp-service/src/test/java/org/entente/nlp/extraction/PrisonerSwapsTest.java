package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Prisoner swaps (issue 14, lane mp2): two states that swap or exchange captives each free the other's (RETREAT with
 * each other), and a broker of the swap meets both. Sentences written for this test, not copied from an evaluation set.
 */
class PrisonerSwapsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void statesSwappingPrisonersReleaseToEachOther() {
        assertThat(TypedPairs.of(extractor,
                "Armenia and Azerbaijan exchanged detainees at their border on Wednesday in a deal brokered by the United States."))
                .contains("RETREAT ARM-AZE", "CONSULT ARM-USA", "CONSULT AZE-USA");
        assertThat(TypedPairs.of(extractor, "Sudan and South Sudan swapped 40 captured soldiers on Friday, officials said."))
                .contains("RETREAT SDN-SSD");
    }

    @Test
    void anExchangeOfFireIsNoSwap() {
        assertThat(TypedPairs.of(extractor, "Israel and Lebanon exchanged fire across the border on Sunday."))
                .contains("FIGHT ISR-LBN").doesNotContain("RETREAT ISR-LBN");
    }
}
