package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A company is no state, state-owned ones included (the coding guide's call of the tenth set's coders): a deal between
 * two countries' firms, or a state's deal with another country's firm, codes nothing between the states. Sentences
 * written for this test, not copied from an evaluation set.
 */
class CompanyOwnersTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void twoCountriesFirmsSigningCodeNothingBetweenTheStates() {
        assertThat(typedPairs("Norway's Statkraft signed a power supply agreement with Germany's Uniper on Thursday, the"
                + " Norwegian company said.")).isEmpty();
    }

    @Test
    void aStateBuyingFromAnotherCountrysManufacturerCodesNothing() {
        assertThat(typedPairs("Indonesia signed a contract to buy 24 trainer jets from South Korean manufacturer Korea"
                + " Aerospace Industries.")).isEmpty();
    }

    @Test
    void aStateStillActsThroughItsMinistries() {
        assertThat(typedPairs("Norway's foreign ministry signed a fisheries agreement with Iceland on Thursday, weeks"
                + " after talks between the two countries' companies collapsed.")).contains("AGREE ISL-NOR");
    }

    @Test
    void firmsNamedElsewhereLeaveAStateBodyItsState() {
        assertThat(typedPairs("India's Directorate General of Foreign Trade opened an anti-dumping investigation into steel"
                + " imported from Vietnam after complaints by domestic manufacturers.")).contains("INVESTIGATE IND-VNM");
    }

    @Test
    void aSeizedShipIsStillCodedAgainstItsFlagState() {
        assertThat(typedPairs("Iran seized two Greek tankers in the Strait of Hormuz on Friday.")).contains("COERCE GRC-IRN");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
