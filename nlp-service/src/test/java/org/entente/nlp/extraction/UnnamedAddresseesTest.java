package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request or demand addressed to "both sides", "the two countries" or "the government" is addressed to the states
 * the sentence names besides the speaker. Sentences written for this test, not taken from an evaluation set.
 */
class UnnamedAddresseesTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ArticleExtractor.create();
    }

    @Test
    void bothSidesAreTheTwoStatesNamed() {
        assertThat(typedPairs("Fighting flared again on the border between Thailand and Cambodia, and Malaysia urged the two "
                + "countries to return to talks.")).contains("REQUEST KHM-MYS", "REQUEST MYS-THA");
    }

    @Test
    void theGovernmentIsTheOneOtherStateNamed() {
        assertThat(typedPairs("Opposition leaders were arrested in Caracas overnight, and Brazil urged the government to "
                + "release them.")).contains("REQUEST BRA-VEN");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
