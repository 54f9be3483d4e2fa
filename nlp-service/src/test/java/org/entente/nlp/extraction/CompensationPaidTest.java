package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Compensation paid to a state is CONCEDE, not the RETREAT PETRARCH2's 0842 code gave it (lane vxg, session 27, issue
 * 14). Sentences written for this test, not taken from an evaluation set.
 */
class CompensationPaidTest {

    // the rules alone: the learned pass may add or drop events of its own, which is its call, not these rules'
    private static final ArticleExtractor extractor = ArticleExtractor.create(LearnedPairs.none());

    @Test
    void compensationPaidOwnsUpToTheWrong() {
        List<String> found = directed("Libya paid compensation to Malta for the sinking of the fishing boat.");
        assertThat(found).contains("CONCEDE LBY>MLT").doesNotContain("RETREAT LBY>MLT");
    }

    @Test
    void compensationDemandedIsTheDemandAlone() {
        // the payment asked for has not happened: the demand speaks, not a concession
        List<String> found = directed("Malta demanded that Libya pay compensation for the sinking of the fishing boat.");
        assertThat(found).contains("DEMAND MLT>LBY").doesNotContain("CONCEDE LBY>MLT");
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
