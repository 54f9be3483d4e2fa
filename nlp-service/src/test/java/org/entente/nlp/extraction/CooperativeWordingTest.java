package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Wording of the cooperative types that several writers of several blind sets used and the rules read otherwise or not
 * at all (lane vxa, session 24, issue 14). Sentences written for this test, not taken from an evaluation set.
 */
class CooperativeWordingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void anApologyToALeaderAlsoConcedes() {
        // before: SUPPORT alone (CAMEO 055); the coders code an apology to the other state's leader CONCEDE as well
        assertThat(events("Japan's prime minister apologised to South Korean President Lee Jae-myung on Friday for the "
                + "collision of a Japanese patrol boat with a Korean fishing vessel."))
                .contains("SUPPORT JPN-KOR", "CONCEDE JPN-KOR");
        // an apology to a state, as for a historic wrong, stays support
        assertThat(events("Belgium apologised to Rwanda on Monday for its role in the colonial era."))
                .contains("SUPPORT BEL-RWA").doesNotContain("CONCEDE BEL-RWA");
        // a refused apology is neither
        assertThat(events("Argentina refused to apologise to Chilean President Gabriel Boric for the remarks."))
                .doesNotContain("CONCEDE ARG-CHL", "SUPPORT ARG-CHL");
    }

    @Test
    void rescueTeamsSentOrAcceptedAreAid() {
        // before: only rescuers flown were AID; sending, dispatching and accepting them had no row
        assertThat(events("Greece dispatched two search-and-rescue teams to Albania after the earthquake on Tuesday."))
                .contains("AID ALB-GRC");
        assertThat(events("Ecuador accepted rescue teams from Colombia and Peru after the floods."))
                .contains("AID COL-ECU", "AID ECU-PER");
    }

    @Test
    void welcomingAPersonInOfficeIsAMeeting() {
        // before: SUPPORT, as welcoming a step
        assertThat(events("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed to Nairobi on Monday."))
                .contains("CONSULT ETH-KEN").doesNotContain("SUPPORT ETH-KEN");
        // welcoming a deal stays support
        assertThat(events("Ghana welcomed the peace deal signed by Ethiopia and Eritrea on Sunday."))
                .contains("SUPPORT ETH-GHA").doesNotContain("CONSULT ETH-GHA");
    }

    @Test
    void liftingABanIsRetreat() {
        // before: CONCEDE (coding guide, 2026-12-07: lifted or eased bans and restrictions are RETREAT)
        assertThat(events("Egypt lifted its ban on Sudanese trucks on Tuesday.")).contains("RETREAT EGY-SDN")
                .doesNotContain("CONCEDE EGY-SDN");
        assertThat(events("Morocco eased restrictions on Algerian flights on Thursday.")).contains("RETREAT DZA-MAR");
    }

    @Test
    void switchingRecognitionAgreesWithTheNewStateOnly() {
        // before: no row; "from Taiwan" would have made Taiwan a party
        assertThat(events("The Dominican Republic switched its diplomatic recognition from Taiwan to China in May."))
                .contains("AGREE CHN-DOM").doesNotContain("AGREE DOM-TWN");
    }

    @Test
    void aVowToCooperateIsAnAgreement() {
        // before: "vow" was a threat only with retaliation words, else no event
        assertThat(events("The presidents of Chile and Peru vowed to deepen trade and security cooperation on Monday."))
                .contains("AGREE CHL-PER");
        // a vow of retaliation stays a threat
        assertThat(events("Pyongyang vowed to retaliate against Seoul.")).contains("THREATEN KOR-PRK")
                .doesNotContain("AGREE KOR-PRK");
    }

    @Test
    void handingBackABaseOrCapturedPeopleIsRetreat() {
        // before: the transfer row "hand over" (COOPERATE), and nothing for the object before the particle
        assertThat(events("Britain handed over its last military base in Belize to the Belizean army on Friday."))
                .contains("RETREAT BLZ-GBR");
        assertThat(events("India handed back two Pakistani fishermen at the Wagah crossing on Monday."))
                .contains("RETREAT IND-PAK");
        assertThat(events("Britain handed its last military base in Belize over to the Belizean army on Friday."))
                .contains("RETREAT BLZ-GBR");
    }

    @Test
    void aStepBackUnderPressureIsBothRetreatAndConcession() {
        // before: CONCEDE alone (YieldingUnderPressure replaced the RETREAT); the coding guide (2026-12-07) codes both
        assertThat(TypedPairs.directed(extractor,
                "Bowing to pressure from Beijing, Manila lifted its ban on Chinese fishing boats on Monday."))
                .contains("RETREAT PHL>CHN", "CONCEDE PHL>CHN");
    }

    private static List<String> events(String text) {
        return TypedPairs.of(extractor, text);
    }
}
