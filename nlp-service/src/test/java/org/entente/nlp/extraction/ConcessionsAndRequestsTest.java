package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concessions told beside an agreement, requests owned by a possessive, releases told in the passive. Sentences written
 * for this test, not taken from an evaluation set.
 */
class ConcessionsAndRequestsTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ArticleExtractor.create();
    }

    @Test
    void aParticipleAfterACommaIsNoPartOfWhatWasAgreed() {
        // before: "yielding" hung on "accept", inside what Mali agreed to, and was dropped as embedded
        assertThat(typedPairs("Mali agreed to accept the return flights, yielding to pressure from Paris."))
                .contains("CONCEDE FRA-MLI");
    }

    @Test
    void aPossessiveBeforeARequestAsksAndIsNoVenue() {
        // before: "at Kyiv's request" made Kyiv a venue, and the request had no asker
        assertThat(typedPairs("Moldova detained the freighter at Kyiv's request on Friday.")).contains("REQUEST MDA-UKR");
    }

    @Test
    void aRequestHungOnANounOfTheClauseAsksTheClausesSubject() {
        assertThat(typedPairs("Greece seized the Russian-flagged tanker off its Aegean coast at Ukraine's request."))
                .contains("REQUEST GRC-UKR");
    }

    @Test
    void aRequestWithItsOwnAskerAnsweredByAnotherVerbIsAnEventOfItsOwn() {
        // before: the request was the same event as its approval, or embedded in it, and only the answer was told
        assertThat(typedPairs("Spain will approve Portugal's request to re-export the howitzers, the minister said."))
                .contains("REQUEST ESP-PRT");
        assertThat(typedPairs("Japan ignored South Korea's request for talks on the islets.")).contains("REQUEST JPN-KOR");
    }

    @Test
    void aRefusedDemandStaysOneRefusal() {
        assertThat(typedPairs("Norway dismissed Russia's demand to halt the inquiry.")).contains("REJECT NOR-RUS")
                .doesNotContain("DEMAND NOR-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
