package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A headline's second predicate after a comma shares the first clause's subject and, naming none of its own, its other
 * party (issue 14, lane hl2). Sentences written for this test, not copied from an evaluation set.
 */
class HeadlinePredicatesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aSecondPredicateActsForTheFirstClausesSubjectUponItsOtherParty() {
        assertThat(TypedPairs.of(extractor, "Bamako accuses Algiers of backing rebels, cuts diplomatic ties"))
                .contains("ACCUSE DZA-MLI", "SANCTION DZA-MLI");
    }

    @Test
    void aSecondPredicateTheTaggerReadsAsANounIsRetagged() {
        // "summons" after the comma is a plural noun for the tagger
        assertThat(TypedPairs.of(extractor, "Nairobi condemns Kampala over arrest of traders, summons Ugandan envoy"))
                .contains("DISAPPROVE KEN-UGA", "PROTEST KEN-UGA");
    }

    @Test
    void aSecondPredicateNamingItsOwnPartyKeepsIt() {
        assertThat(TypedPairs.of(extractor, "Kyiv slams Budapest over veto, thanks Warsaw for support"))
                .contains("DISAPPROVE HUN-UKR").doesNotContain("SUPPORT HUN-UKR");
    }
}
