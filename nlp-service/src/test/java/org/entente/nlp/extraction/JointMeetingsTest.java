package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Several states that meet another together sit at one meeting and meet each other too (issue 14, lane pm): "the foreign
 * ministers of Egypt, Jordan and Iraq met their Syrian counterpart". Those who visit one state together are not paired
 * for that. Sentences written for this test, not copied from an evaluation set.
 */
class JointMeetingsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void statesMeetingAnotherTogetherMeetEachOther() {
        assertThat(TypedPairs.of(extractor,
                "The foreign ministers of Ghana, Togo and Benin met their Nigerian counterpart in Abuja on Tuesday."))
                .contains("CONSULT GHA-NGA", "CONSULT NGA-TGO", "CONSULT GHA-TGO", "CONSULT BEN-GHA", "CONSULT BEN-TGO");
    }

    @Test
    void statesVisitingAnotherTogetherAreNotPairedForThat() {
        assertThat(TypedPairs.of(extractor, "The leaders of Latvia and Estonia visited Kyiv on Friday."))
                .contains("CONSULT LVA-UKR", "CONSULT EST-UKR").doesNotContain("CONSULT EST-LVA");
    }
}
