package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Denying or dismissing another state's accusation is REJECT toward the accuser (Entente convention; CAMEO codes a
 * denial no event). Sentences written for this test, not taken from an evaluation set.
 */
class DeniedClaimsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aChargeDeniedAfterItIsToldRejectsTheAccuser() {
        assertThat(
                typedPairs("Estonia shut two border crossings on Friday, accusing Moscow of sending migrants to its frontier, "
                        + "a charge the Kremlin denied."))
                .contains("ACCUSE EST-RUS", "REJECT EST-RUS");
    }

    @Test
    void denyingAStatesAccusationsRejectsThem() {
        assertThat(typedPairs("Russia denied Ukrainian accusations that its forces had attacked civilians in Bucha."))
                .contains("REJECT RUS-UKR");
    }

    @Test
    void anOrderRefusedInAClauseOnItRejectsTheStateThatGaveIt() {
        assertThat(
                typedPairs("Algeria ordered the French envoy to leave within 48 hours, an order Paris refused to comply with."))
                .contains("REJECT DZA-FRA");
    }

    @Test
    void denyingWithoutAClaimIsNoRejection() {
        assertThat(typedPairs("Russia denied entry to two Polish diplomats on Monday."))
                .contains("SANCTION POL-RUS").doesNotContain("REJECT POL-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
