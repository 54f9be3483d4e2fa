package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An inquiry names its investigator and the matter investigated ("whether drones were flown on Moscow's behalf", "the
 * killing of a journalist by Kenyan police"); the state under suspicion is the one other state the sentence names.
 * Sentences written for this test, not copied from an evaluation set.
 */
class InvestigatedStatesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void anInquiryWithoutATargetLooksIntoTheOneOtherStateNamed() {
        assertThat(typedPairs("Sweden's security police said they were investigating whether the balloons spotted over"
                + " an air base had been launched on Minsk's orders.")).contains("INVESTIGATE BLR-SWE");
    }

    @Test
    void anInquiryWithoutATargetStaysWithoutOneWhenTwoOtherStatesAreNamed() {
        assertThat(typedPairs("Sweden's security police said they were investigating whether the balloons spotted over"
                + " an air base had been launched on Minsk's or Moscow's orders."))
                .noneMatch(p -> p.startsWith("INVESTIGATE"));
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
