package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Families of event wording that the blind dev set showed missing (the "what" side: which event a sentence states): each test
 * is
 * written in its own words, not copied from an evaluation set, and fails without its rule.
 */
class EventFamiliesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void vetoingAResolutionRejectsTheStatesThatDraftedIt() {
        assertThat(typedPairs("China vetoed a Security Council resolution drafted by France and Mexico on Tuesday."))
                .contains("REJECT CHN-FRA", "REJECT CHN-MEX");
        assertThat(typedPairs("Russia vetoed a Norwegian-drafted resolution on Friday."))
                .contains("REJECT NOR-RUS");
    }

    @Test
    void theRecipientOfEquipmentAsSubject() {
        ExtractedEvent received = only(extractor.extract("Ghana received six patrol boats from Germany.").events());
        assertThat(received.type()).isEqualTo(PloverType.AID);
        assertThat(received.source() + ">" + received.target()).isEqualTo("DEU>GHA");
        assertThat(typedPairs("Egypt took delivery of four frigates from Italy on Monday."))
                .containsExactly("COOPERATE EGY-ITA");
    }

    @Test
    void aTransferUnderADealIsCooperationAndRescuersSentAreAid() {
        assertThat(typedPairs("Turkey delivered drones to Ukraine under a 2021 defence agreement."))
                .containsExactly("COOPERATE TUR-UKR");
        assertThat(typedPairs("Greece flew rescue teams and medical supplies to Albania."))
                .containsExactly("AID ALB-GRC");
    }

    @Test
    void meetingADemandConcedes() {
        // the demand it answers is told too (NominalAdjunctsTest.aConcessionToADemandTellsTheDemandToo)
        assertThat(typedPairs("Ecuador met a long-standing Peruvian demand on Monday."))
                .containsExactly("CONCEDE ECU-PER", "DEMAND ECU-PER");
    }

    @Test
    void anEditionOfAnExerciseIsTheExercise() {
        assertThat(typedPairs("Indian and French navies opened the seventh edition of their joint exercise on Monday."))
                .containsExactly("COOPERATE FRA-IND");
        assertThat(typedPairs("Turkish and Azerbaijani troops carried out a joint patrol near the border."))
                .containsExactly("COOPERATE AZE-TUR");
    }

    @Test
    void callingInAnEnvoyProtestsAndCallingHimBackOrOrderingDiplomatsOutReducesRelations() {
        assertThat(typedPairs("Chile's foreign ministry called in the Peruvian ambassador on Monday."))
                .containsExactly("PROTEST CHL-PER");
        assertThat(typedPairs("Ghana called its ambassador to Togo back to Accra on Friday."))
                .containsExactly("SANCTION GHA-TGO");
        assertThat(typedPairs("Norway ordered three Iranian diplomats out of the country on Tuesday."))
                .containsExactly("SANCTION IRN-NOR");
        assertThat(typedPairs("Poland ordered Belarus to close its consulate by the end of the month."))
                .containsExactly("SANCTION BLR-POL");
    }

    @Test
    void chargingThatAnotherStateDidSomethingAccusesIt() {
        assertThat(typedPairs(
                "Peru's foreign ministry issued a statement on Monday charging that Bolivia had violated the border treaty."))
                .contains("ACCUSE BOL-PER");
    }

    @Test
    void aParticipleBesideTheClauseIsAnActOfItsOwn() {
        assertThat(typedPairs("Visiting Nairobi on Monday, Uganda's foreign minister criticised Kenya's new import levy."))
                .containsExactlyInAnyOrder("CONSULT KEN-UGA", "DISAPPROVE KEN-UGA");
    }

    @Test
    void anAbsoluteClauseWithItsOwnSubjectIsAnActOfItsOwn() {
        assertThat(typedPairs(
                "Egypt expelled two Turkish diplomats on Friday, with the Egyptian foreign minister accusing Ankara of meddling."))
                .containsExactlyInAnyOrder("SANCTION EGY-TUR", "ACCUSE EGY-TUR");
    }

    @Test
    void aReactionInAClauseOnTheActJudgesTheActsDoer() {
        assertThat(typedPairs("Serbian troops shelled a border village on Sunday, a move Croatia denounced as a provocation."))
                .contains("DISAPPROVE HRV-SRB");
        assertThat(typedPairs("Indian jets struck a camp on Tuesday in raids that Pakistan condemned as reckless."))
                .contains("DISAPPROVE IND-PAK");
        assertThat(typedPairs("Chad closed the crossing on Monday, in a decision condemned by Sudan as hostile."))
                .contains("DISAPPROVE SDN-TCD");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }

    private static ExtractedEvent only(List<ExtractedEvent> events) {
        return TypedPairs.only(events);
    }
}
