package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list of three or more states read on both sides of a one-sided act (issue 14, lane mp2): "the withdrawal of its
 * diplomats from Argentina, Chile, Peru and Panama" names those the act is done to, not states acting on each other.
 * Sentences written for this test, not copied from an evaluation set.
 */
class ListsOnBothSidesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aListOnBothSidesOfAOneSidedActIsNoPairAmongItsMembers() {
        assertThat(TypedPairs.of(extractor,
                "The Venezuelan government ordered the withdrawal of its diplomats from Argentina, Chile, Peru and Panama on Monday."))
                .noneMatch(p -> p.matches("\\w+ (ARG-CHL|ARG-PER|CHL-PER|ARG-PAN|CHL-PAN|PAN-PER)"));
    }

    @Test
    void twoStatesAccusingEachOtherStillAccuseEachOther() {
        assertThat(TypedPairs.of(extractor, "Armenia and Azerbaijan accused each other of shelling border villages on Sunday."))
                .contains("ACCUSE ARM-AZE");
    }
}
