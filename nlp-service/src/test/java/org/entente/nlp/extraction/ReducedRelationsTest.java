package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Ways wire copy tells of one state reducing relations with another (PLOVER SANCTION, CAMEO 16): embargoes on trade
 * or travel, blacklists, envoys recalled or sent home, including through a small clause ("declared X persona non
 * grata"). Sentences written for this test, not taken from an evaluation set.
 */
class ReducedRelationsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aBanOnTradeOrTravelIsAnEmbargoNotCoercion() {
        assertThat(typedPairs("China banned imports of Japanese seafood after the release of treated water from Fukushima."))
                .contains("SANCTION CHN-JPN").doesNotContain("COERCE CHN-JPN");
        assertThat(typedPairs("Russia barred entry to 500 American citizens on Friday, including a former president."))
                .contains("SANCTION RUS-USA");
    }

    @Test
    void aBlacklistIsASanction() {
        assertThat(typedPairs("Washington added dozens of Chinese companies to its trade blacklist on Tuesday."))
                .contains("SANCTION CHN-USA");
    }

    @Test
    void anEnvoySentHomeOrRecalledReducesRelations() {
        assertThat(typedPairs("Estonia ordered the Russian ambassador to leave the country on Monday."))
                .contains("SANCTION EST-RUS");
        assertThat(typedPairs("Kenya recalled its high commissioner to Somalia in a dispute over a maritime border."))
                .contains("SANCTION KEN-SOM");
    }

    @Test
    void theSubjectOfASmallClauseIsTheObjectOfItsVerb() {
        assertThat(typedPairs("The Netherlands declared two Russian diplomats persona non grata."))
                .contains("SANCTION NLD-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
