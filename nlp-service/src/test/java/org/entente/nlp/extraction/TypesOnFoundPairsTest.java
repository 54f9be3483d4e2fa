package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The types the extractor missed on pairs it found (lane ty, issue 14): what a sentence says about a pair beside the
 * event already told, by the coding guide's conventions. Sentences written for this test, not taken from an evaluation
 * set.
 */
class TypesOnFoundPairsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void talksThatEndedWithoutAgreementAreAnAgreementNotReached() {
        // coding guide, modality: "talks collapsed without a deal" is AGREE, negated; before, "without" dropped the noun
        assertThat(events("Talks between Sudan and South Sudan on the oil transit fee collapsed without a deal on Monday."))
                .contains("AGREE SDN-SSD negated");
        // the parser leaves "ended" without its subject: the meeting is the nearest meeting noun before it
        assertThat(events("Thailand reinforced its troops along the Cambodian border after talks between the two "
                + "countries on the disputed area ended without agreement.")).contains("AGREE KHM-THA negated");
        // a deal that is only a condition is still no event
        assertThat(events("Without a deal with Britain, Ireland would face a hard border, Dublin warned."))
                .noneMatch(e -> e.startsWith("AGREE"));
    }

    @Test
    void leadersWhoSignTogetherAlsoMeet() {
        // before: AGREE alone; the leaders signed in person, so they met (CONSULT) too
        assertThat(events("Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a pipeline deal in "
                + "Nairobi.")).contains("AGREE KEN-UGA asserted", "CONSULT KEN-UGA asserted");
        // states that sign may have signed by envoys; a company named like a state ("Saudi Aramco") is no leader
        assertThat(events("Saudi Arabia and Qatar signed a defence pact in Doha.")).noneMatch(e -> e.startsWith("CONSULT"));
    }

    @Test
    void pausingAidAndDroppingTariffs() {
        // before: "paused aid" was the aid itself (AID), "dropped tariffs" the tariffs (SANCTION)
        assertThat(events("The United States paused all military aid to Ukraine on Monday."))
                .contains("SANCTION UKR-USA asserted").noneMatch(e -> e.startsWith("AID"));
        assertThat(events("Canada dropped most of its retaliatory tariffs on U.S. goods on Monday."))
                .contains("RETREAT CAN-USA asserted").noneMatch(e -> e.startsWith("SANCTION"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-')
                        + " " + e.modality().name().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }
}
