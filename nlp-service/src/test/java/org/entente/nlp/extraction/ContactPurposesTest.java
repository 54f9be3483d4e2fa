package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The purpose of a summons, call or visit is carried out at it, between the same pair (issue 14, lane rp): "summoned
 * the ambassador to demand an explanation" is PROTEST and DEMAND. Sentences written for this test, not copied from an
 * evaluation set.
 */
class ContactPurposesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aSummonsToDemandIsADemandOfTheSummoner() {
        assertThat(TypedPairs.directed(extractor, "Norway summoned the Chilean ambassador on Tuesday to demand an "
                + "explanation for the raid on its consulate.")).contains("PROTEST NOR>CHL", "DEMAND NOR>CHL")
                .doesNotContain("DEMAND CHL>NOR");
    }

    @Test
    void aCallToCongratulateSupportsTheOneCalled() {
        assertThat(TypedPairs.directed(extractor, "Portugal's prime minister phoned Brazilian President Lula on Sunday "
                + "to congratulate him on his election victory.")).contains("SUPPORT PRT>BRA");
    }

    @Test
    void aTripToPressForAReleaseAsksTheHost() {
        assertThat(TypedPairs.directed(extractor, "Vietnam's foreign minister flew to Tokyo on Monday to press for the "
                + "release of 40 detained Vietnamese fishermen.")).contains("REQUEST VNM>JPN");
    }

    @Test
    void aCallOnAnotherStateStaysOneRequest() {
        assertThat(TypedPairs.directed(extractor, "Kenya called on Uganda to hold talks with Rwanda to end the border "
                + "dispute.")).doesNotContain("CONSULT KEN>UGA", "CONSULT UGA>KEN");
    }
}
