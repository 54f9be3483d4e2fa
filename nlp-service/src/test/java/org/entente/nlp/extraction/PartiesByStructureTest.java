package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every party of an act found by the sentence's structure (issue 14, lane lc): a witness or go-between in an absolute
 * "with" phrase is no target of the act and meets its parties; a counted phrase ("the two neighbours", "both
 * governments", "the three") stands for the last list of that many states; a demonym before "-led" names the leader,
 * one before "-brokered" or "-mediated" the broker; companions ("alongside", "joined by", "led by") act with the
 * subject. Sentences written for this test, not copied from an evaluation set.
 */
class PartiesByStructureTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aWitnessInAnAbsolutePhraseIsNoTargetAndMeetsBothSigners() {
        List<String> pairs = typedPairs(
                "Iran and Iraq signed a security deal in Baghdad on Sunday, with Turkey attending as an observer.");
        assertThat(pairs).contains("AGREE IRN-IRQ", "CONSULT IRN-TUR", "CONSULT IRQ-TUR");
        assertThat(pairs).doesNotContain("AGREE IRN-TUR", "AGREE IRQ-TUR");
    }

    @Test
    void aGoBetweenInAnAbsolutePhraseMeetsBothSides() {
        List<String> pairs = typedPairs(
                "Armenian and Azerbaijani negotiators held talks in Geneva on Monday, with Swiss diplomats shuttling between the two delegations.");
        assertThat(pairs).contains("CONSULT ARM-AZE", "CONSULT ARM-CHE", "CONSULT AZE-CHE");
    }

    @Test
    void aCountedPhraseStandsForTheLastListOfThatManyStates() {
        assertThat(typedPairs(
                "Chinese and Russian warships sailed near Hokkaido on Monday, prompting Japan to convey concern to both governments."))
                .contains("DISAPPROVE CHN-JPN", "DISAPPROVE JPN-RUS");
        assertThat(typedPairs(
                "Indian President Droupadi Murmu hosted Sri Lankan President Anura Dissanayake and Maldivian President"
                        + " Mohamed Muizzu in New Delhi, where the two neighbours agreed to expand ferry services."))
                .contains("AGREE LKA-MDV");
    }

    @Test
    void theLeaderOfADemonymLedCoalitionIsAParty() {
        List<String> pairs = typedPairs(
                "Sweden and Norway have joined the Latvian-led coalition that supplies drones to Ukraine.");
        assertThat(pairs).contains("AGREE LVA-SWE", "AGREE LVA-NOR");
        assertThat(pairs).doesNotContain("AGREE NOR-SWE");
    }

    @Test
    void theBrokerOfADemonymBrokeredTruceMeetsThePartiesAndIsNoParty() {
        List<String> pairs = typedPairs("Israel and Lebanon agreed to a French-brokered truce on Wednesday.");
        assertThat(pairs).contains("CONSULT FRA-ISR", "CONSULT FRA-LBN");
        assertThat(pairs).doesNotContain("AGREE FRA-ISR", "AGREE FRA-LBN");
    }

    @Test
    void companionsOfAJointExerciseTrainWithEveryParty() {
        assertThat(
                typedPairs("Thai forces held exercises with Indonesian marines on Tuesday, joined by troops from Singapore."))
                .contains("COOPERATE IDN-THA", "COOPERATE SGP-THA", "COOPERATE IDN-SGP");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
