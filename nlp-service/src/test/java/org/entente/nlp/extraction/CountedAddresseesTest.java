package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A state that urges, calls on or warns "both sides" acts upon each of the two other states the sentence names
 * (docs/event-coding.md, reciprocal phrases; the asker pairs with each side). Sentences written for this test, not
 * copied from an evaluation set.
 */
class CountedAddresseesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theAskerOfBothSidesPairsWithEachOfTheOtherTwo() {
        assertThat(typedPairs("Chad moved troops toward its border with Sudan on Monday, and Nigeria urged both countries"
                + " to show restraint.")).contains("REQUEST NGA-TCD", "REQUEST NGA-SDN");
        assertThat(typedPairs("Armenian and Azerbaijani troops exchanged fire overnight, as Kazakhstan called on both"
                + " sides to return to talks.")).contains("REQUEST ARM-KAZ", "REQUEST AZE-KAZ");
    }

    @Test
    void moreThanTwoOtherStatesNameNoPair() {
        assertThat(typedPairs("Chad moved troops toward its border with Sudan, days after Libya closed its border with"
                + " Niger, and Nigeria urged both countries to show restraint.")).doesNotContain("REQUEST LBY-NGA",
                        "REQUEST NER-NGA");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
