package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Giving in (lane fp): an apology, endorsement or agreement toward a state that the same sentence shows pressing the
 * yielding one is CONCEDE (coding guide: "accepting terms under pressure, apologizing under pressure"); without the
 * pressure it stays what it was. Sentences written for this test, not taken from an evaluation set.
 */
class YieldingUnderPressureTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void anApologyAfterADemandForItIsAConcession() {
        assertThat(TypedPairs.directed(extractor,
                "Japan apologised to South Korea on Friday after Seoul demanded an apology for the remarks."))
                .contains("CONCEDE JPN>KOR", "DEMAND KOR>JPN").doesNotContain("SUPPORT JPN>KOR");
    }

    @Test
    void anEndorsementUnderTheOtherStatesPressureIsAConcession() {
        assertThat(TypedPairs.directed(extractor,
                "Under months of U.S. pressure, Iraq's parliament endorsed the plan drafted by Washington."))
                .containsExactly("CONCEDE IRQ>USA");
    }

    @Test
    void withoutPressureAnAgreementStaysAnAgreement() {
        assertThat(TypedPairs.of(extractor, "Ghana and Togo agreed on Tuesday to build a new road between their capitals."))
                .containsExactly("AGREE GHA-TGO");
        // a third state's threat presses neither party of the accord
        assertThat(TypedPairs.of(extractor,
                "Egypt and Sudan signed a water accord, weeks after Ethiopia threatened to fill the dam without them."))
                .contains("AGREE EGY-SDN").doesNotContain("CONCEDE EGY-SDN");
    }
}
