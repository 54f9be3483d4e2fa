package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Denials of an accusation told earlier in the sentence, and wording of ordinary world news that several writers of
 * several blind sets used and the rules did not read (lane vxf, session 26, issue 14). Sentences written for this test,
 * not taken from an evaluation set.
 */
class DenialsAndNewsWordingTest {

    // the rules alone: the learned pass may add or drop events of its own, which is its call, not these rules'
    private static final ArticleExtractor extractor = ArticleExtractor.create(LearnedPairs.none());

    @Test
    void aDenialAnswersTheAccusationToldBeforeIt() {
        // before: "deny" spoke only on a claim noun ("a charge the Kremlin denied"), so these denials were no event
        assertThat(directed("Guyana accused Venezuela of massing troops near the border; Caracas denied any such move."))
                .contains("REJECT VEN>GUY");
        assertThat(directed("Kenya blamed Somalia for the raid on the border post, which Mogadishu denied carrying out."))
                .contains("REJECT SOM>KEN");
        // a denial neither made nor refused answers no one
        assertThat(directed("Ghana blamed Togo for the blast, which Lome neither confirmed nor denied."))
                .doesNotContain("REJECT TGO>GHA");
    }

    @Test
    void aBarePluralChargeAfterACommaIsTheClaimDenied() {
        // before: only "a charge" or "charges" after a determiner or adjective was read as the claim
        assertThat(directed("Egypt has accused Ethiopia of filling the dam without consent, charges Addis Ababa denies."))
                .contains("REJECT ETH>EGY");
    }

    @Test
    void endingAnArrangementAndMassingShipsAndRetorting() {
        assertThat(directed("Samoa terminated its fisheries arrangement with Japan on Monday."))
                .contains("SANCTION WSM>JPN");
        assertThat(directed("China massed dozens of coast guard vessels around the Philippines on Sunday."))
                .contains("MOBILIZE CHN>PHL");
        assertThat(directed("Manila urged Beijing to withdraw its ships, and China retorted that the reef was its own."))
                .contains("REJECT CHN>PHL");
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
