package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Help sent with its purpose, envoys recalled from a capital, pacts torn up, deposits in a central bank, and flying that
 * is no visit. Sentences written for this test, not taken from an evaluation set.
 */
class HelpAndRecallTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void whatIsSentToHelpIsAid() {
        assertThat(typedPairs("Russia sent three amphibious aircraft and dozens of rescuers to help Turkey battle wildfires."))
                .contains("AID RUS-TUR").doesNotContain("COOPERATE RUS-TUR");
        assertThat(typedPairs("Australia dispatched police and troops to Honiara at the request of the Solomon Islands "
                + "government to help restore order.")).contains("AID AUS-SLB").doesNotContain("MOBILIZE AUS-SLB");
    }

    @Test
    void anEnvoyRecalledFromACapitalIsRecalledFromItsState() {
        assertThat(typedPairs("Rabat recalled its ambassador in Madrid for consultations on Tuesday."))
                .contains("SANCTION ESP-MAR");
    }

    @Test
    void tearingUpAPactEndsIt() {
        assertThat(typedPairs("Niger's junta tore up a security pact with the United States last year."))
                .contains("SANCTION NER-USA").doesNotContain("AGREE NER-USA");
    }

    @Test
    void aDepositInAStatesCentralBankIsAid() {
        assertThat(typedPairs("Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves."))
                .contains("AID PAK-SAU");
    }

    @Test
    void flyingAnAircraftIsNoVisit() {
        assertThat(typedPairs("Ukrainian pilots began flying F-16 jets donated by Norway on Friday."))
                .doesNotContain("CONSULT NOR-UKR");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
