package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Concessions told beside an agreement, requests owned by a possessive, releases told in the passive. Sentences written
 * for this test, not taken from an evaluation set.
 */
class ConcessionsAndRequestsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

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
    void aRefusedDemandOrRequestIsAlsoTheAsking() {
        // coding guide (2026-12-06, "Acts told inside another event"): a refused demand is both events
        assertThat(typedPairs("Norway dismissed Russia's demand to halt the inquiry.")).contains("REJECT NOR-RUS",
                "DEMAND NOR-RUS");
        // the asker named by a demonym or an abbreviation on the noun
        assertThat(typedPairs("Hungary rejected a Slovak request for talks on the dam.")).contains("REJECT HUN-SVK",
                "REQUEST HUN-SVK");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
