package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The other parties of a mutual event taken from the states of its clause when the parse hangs them where the
 * argument rules do not look ({@link ClauseActors}). Sentences written for this test, not copied from an evaluation set.
 */
class ClauseActorsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aHostMeetsEveryGuestOfTheClauseAndTheGuestsMeetEachOther() {
        assertThat(typedPairs("Egypt played host to the leaders of Jordan, Iraq and Bahrain for a regional summit on Sunday."))
                .contains("CONSULT EGY-JOR", "CONSULT EGY-IRQ", "CONSULT BHR-EGY", "CONSULT IRQ-JOR", "CONSULT BHR-JOR",
                        "CONSULT BHR-IRQ");
    }

    @Test
    void coChairsMeetTheLeadersWhoAttended() {
        assertThat(typedPairs(
                "Brazil and Argentina co-chaired a summit in Brasilia attended by the presidents of Chile and Uruguay."))
                .contains("CONSULT ARG-BRA", "CONSULT BRA-CHL", "CONSULT ARG-URY", "CONSULT CHL-URY");
    }

    @Test
    void theOtherSideOfAMutualActIsTheNearestStateAfterIt() {
        assertThat(typedPairs("Morocco will not sign a proposed deal to share fishing grounds with Spain, the minister said."))
                .contains("AGREE ESP-MAR");
    }

    @Test
    void aOneSidedActTakesAStateNamedCloseAfterIt() {
        assertThat(typedPairs("Israel massed troops along its border with Lebanon on Friday."))
                .anyMatch(pair -> pair.endsWith(" ISR-LBN"));
        assertThat(typedPairs("Israel massed troops and tanks along the frontier on Friday, weeks after a visit to"
                + " the region by envoys from Lebanon."))
                .as("a state named far after a one-sided trigger is no party")
                .noneMatch(pair -> pair.endsWith(" ISR-LBN"));
    }

    @Test
    void aSpeakerInAnotherClauseIsNoParty() {
        assertThat(typedPairs("Chile held talks on the border on Monday, the Bolivian foreign ministry said."))
                .noneMatch(pair -> pair.contains("BOL"));
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
