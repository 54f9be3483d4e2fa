package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gifts told by a participle ("donated by China") and relief flights ("a Russian plane carrying humanitarian cargo landed
 * in Damascus"): the giver and the receiver sit outside the participle's clause. Sentences written for this test, not
 * taken from an evaluation set.
 */
class GiftParticiplesTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ArticleExtractor.create();
    }

    @Test
    void theAgentOfADonationGivesToTheOneOtherStateNamed() {
        assertThat(events("A consignment of vaccine donated by China arrived in Cairo on Tuesday.")).contains("AID CHN>EGY");
        // before: the word order made the pilots' state the giver
        assertThat(events("Ukrainian pilots began flying F-16 jets donated by Norway on Friday.")).contains("AID NOR>UKR")
                .doesNotContain("AID UKR>NOR");
    }

    @Test
    void aReliefFlightGivesToWhereItLands() {
        assertThat(events("A Russian plane carrying 30 tonnes of humanitarian cargo landed in Damascus on Thursday."))
                .contains("AID RUS>SYR");
    }

    @Test
    void withTwoOtherStatesTheReceiverIsNotGuessed() {
        assertThat(events("Wheat supplied by Russia reached Eritrea and Mali this week.")).noneMatch(e -> e.startsWith("AID"));
    }

    private static List<String> events(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
