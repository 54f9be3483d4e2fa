package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Wording of giving in and of approved sales that several writers of several blind sets used and the rules did not
 * read
 * (lane vxc, session 25, issue 14). Sentences written for this test, not taken from an evaluation set.
 */
class ConcessionsAndSalesTest {

    // the rules alone: the learned pass's filter may drop a concession told beside an agreement of the same pair, which
    // is its call, not these rules'
    private static final ArticleExtractor extractor = ArticleExtractor.create(LearnedPairs.none());

    @Test
    void anActUnderPressureFromAStateConcedesToIt() {
        // before: no event between the two; the act was Laos's alone, or toward a third state
        assertThat(directed("Under pressure from Beijing, Laos expelled three Taiwanese activists on Monday."))
                .contains("CONCEDE LAO>CHN");
        assertThat(directed("Under mounting pressure from Washington, Panama agreed to curb Chinese influence over the canal."))
                .contains("CONCEDE PAN>USA");
        // pressure that names no state concedes to no one
        assertThat(directed("Under pressure at home, Chile recalled its ambassador to Peru on Friday."))
                .doesNotContain("CONCEDE CHL>PER", "CONCEDE PER>CHL");
    }

    @Test
    void bowingToAThreatOrObjectionsConcedes() {
        // before: the row knew demands, pressure, conditions and ultimatums only
        assertThat(directed("Ghana dropped the levy on Tuesday, bowing to Nigeria's threat of retaliatory tariffs."))
                .contains("CONCEDE GHA>NGA");
        assertThat(directed("Nepal cancelled the visit on Friday, bowing to Indian objections."))
                .contains("CONCEDE NPL>IND");
        assertThat(directed("Norway agreed to Sweden's request for the extradition of the suspect."))
                .contains("CONCEDE NOR>SWE");
    }

    @Test
    void approvingAPossibleSaleIsAnAgreement() {
        // the coding guide (2026-12-07, the tenth set's calls): AGREE intent from the approving state to the buyer
        assertThat(directed(
                "The State Department cleared a possible $1.2 billion sale of air defence missiles to Egypt on Friday."))
                .contains("AGREE USA>EGY");
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
