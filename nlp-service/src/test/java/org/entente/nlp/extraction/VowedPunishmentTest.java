package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A vowed punishment is a vowed retaliation, THREATEN (CAMEO 13; issue 14, lane vxi), whether the punishment is a noun
 * or a verb. Sentences written for this test, not copied from an evaluation set.
 */
class VowedPunishmentTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void vowedPunishmentThreatens() {
        assertThat(TypedPairs.directed(extractor, "Pyongyang vowed severe punishment for Seoul after the leaflets crossed "
                + "the border.")).contains("THREATEN PRK>KOR");
    }

    @Test
    void vowingToPunishThreatens() {
        assertThat(TypedPairs.directed(extractor, "Venezuela vowed to punish Guyana for the incursion.")).contains(
                "THREATEN VEN>GUY");
    }
}
