package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headline verbs the lexicon's sources lack (issue 14, lane hl2): "raps", "nixes", "cries foul", "trade barbs". Sentences
 * written for this test, not copied from an evaluation set.
 */
class HeadlineVocabularyTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void rapsIsCriticism() {
        assertThat(TypedPairs.of(extractor, "Madrid raps Rabat over migrant surge at Ceuta"))
                .contains("DISAPPROVE ESP-MAR");
    }

    @Test
    void nixesRejects() {
        assertThat(TypedPairs.of(extractor, "Rome nixes Tunis request for coast guard funding"))
                .contains("REJECT ITA-TUN");
    }

    @Test
    void tradingBarbsIsCriticismBetweenTheCoSubjects() {
        assertThat(TypedPairs.of(extractor, "Lima, Santiago trade barbs over maritime border"))
                .contains("DISAPPROVE CHL-PER");
    }

    @Test
    void tradingExpulsionsIsASanctionBetweenTheCoSubjects() {
        assertThat(TypedPairs.of(extractor, "Vilnius and Minsk trade expulsions of diplomats"))
                .contains("SANCTION BLR-LTU");
    }

    @Test
    void vowingCountermeasuresThreatens() {
        assertThat(TypedPairs.of(extractor, "Beijing slams Manila over shoal resupply, vows countermeasures"))
                .contains("THREATEN CHN-PHL");
    }
}
