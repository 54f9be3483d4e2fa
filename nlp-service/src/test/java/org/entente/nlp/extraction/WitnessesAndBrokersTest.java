package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Further parties of an act named beside it: a witness ("in the presence of the Ugandan president") and the broker of
 * the accord the act is part of ("as part of a deal facilitated by the Vatican", "through talks mediated by Russia").
 * Each meets every party (CONSULT, docs/event-coding.md). Sentences written for this test, not copied from an
 * evaluation set.
 */
class WitnessesAndBrokersTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aWitnessOfASigningMeetsBothSigners() {
        assertThat(typedPairs("Kenya and Ethiopia signed a border accord in the presence of the Ugandan president."))
                .contains("AGREE ETH-KEN", "CONSULT KEN-UGA", "CONSULT ETH-UGA");
    }

    @Test
    void aWitnessOfAMeetingMeetsBothSides() {
        assertThat(typedPairs("Japan and South Korea held talks in Tokyo in the presence of American observers."))
                .contains("CONSULT JPN-KOR", "CONSULT JPN-USA", "CONSULT KOR-USA");
    }

    @Test
    void theBrokerOfTheDealAnActIsPartOfMeetsItsParties() {
        assertThat(typedPairs("Iran released four detained Britons as part of a deal mediated by Oman."))
                .contains("CONSULT IRN-OMN", "CONSULT GBR-OMN");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
