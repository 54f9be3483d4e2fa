package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stopping what a state supplies another is SANCTION (CAMEO 162/163), and said of the future it is the threat the coding
 * guide's intent convention makes of it (issue 14, lane vxi): "would stop supplying", "would stop arming", "threatened
 * to cut off supplies". A demand that another stop is the demand alone. Sentences written for this test, not copied
 * from an evaluation set.
 */
class StoppedSuppliesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void stoppingSuppliesInTheFutureThreatens() {
        assertThat(TypedPairs.directed(extractor, "Algeria's energy minister said Algiers would stop supplying gas to Spain "
                + "from next month.")).contains("THREATEN DZA>ESP");
    }

    @Test
    void stoppingArmsInTheFutureThreatens() {
        assertThat(TypedPairs.directed(extractor, "The chancellor said Germany would stop arming Israel.")).contains(
                "THREATEN DEU>ISR");
    }

    @Test
    void stoppedImportsAreASanction() {
        assertThat(TypedPairs.directed(extractor, "Estonia has stopped importing Russian electricity, the economy ministry "
                + "in Tallinn said on Monday.")).contains("SANCTION EST>RUS");
    }

    @Test
    void aThreatenedCutIsAThreat() {
        assertThat(TypedPairs.directed(extractor, "Hungary threatened to cut off gas supplies to Austria.")).contains(
                "THREATEN HUN>AUT").doesNotContain("SANCTION HUN>AUT");
    }

    @Test
    void aDemandToStopArmingIsTheDemandAlone() {
        assertThat(TypedPairs.directed(extractor, "Beijing demanded that Washington stop arming Taipei.")).contains(
                "DEMAND CHN>USA").doesNotContain("SANCTION USA>TWN").doesNotContain("THREATEN USA>TWN");
    }
}
