package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Families of event wording that several writers of several blind sets used and no rule of the type knew (lane vx,
 * session 23, issue 14), each row with its reason in {@code triggers.tsv}. Sentences written for this test, not taken
 * from an evaluation set.
 */
class EventWordFamiliesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void loweringOrPausingTariffsAndDisengagingAreRetreat() {
        // before: only lifting, easing or removing tariffs was RETREAT; "disengage" had no row
        assertThat(events("Washington slashed tariffs on Vietnamese shrimp to 10 percent on Monday."))
                .contains("RETREAT USA-VNM");
        assertThat(events("Azerbaijan disengaged its troops from the Armenian border on Friday."))
                .contains("RETREAT ARM-AZE");
    }

    @Test
    void reliefFerriedOrAirdroppedAndDebtRolledOverAreAid() {
        // before: only flown, rushed or trucked relief; "rolled over" no row
        assertThat(events("New Zealand air force planes ferried water and tents to Samoa on Tuesday."))
                .contains("AID NZL-WSM");
        assertThat(events("Saudi Arabia rolled over a $3 billion deposit held at Egypt's central bank."))
                .contains("AID EGY-SAU");
    }

    @Test
    void congratulationsAndOfferedApologiesAreSupport() {
        // before: only the verbs congratulate and apologize
        assertThat(events("Kenya's president sent his congratulations to Ghana's new leader on Sunday."))
                .contains("SUPPORT GHA-KEN");
        assertThat(events("The Belgian king offered an apology to Congo for the abuses of the colonial era."))
                .contains("SUPPORT BEL-COD");
    }

    @Test
    void endingAnAccordOrTalksAndCallingAnEnvoyHomeAreSanctions() {
        // before: "revoke", "broke off talks", "called ... home" and "counter-tariffs" had no SANCTION row
        assertThat(events("Mali revoked a defence cooperation accord with France on Monday.")).contains("SANCTION FRA-MLI");
        assertThat(events("Ottawa broke off trade talks with Washington over the tax.")).contains("SANCTION CAN-USA");
        assertThat(events("Rabat called its ambassador in Tunis home after the visit.")).contains("SANCTION MAR-TUN");
        assertThat(events("Mexico hit back with counter-tariffs on American pork.")).contains("SANCTION MEX-USA");
    }

    @Test
    void vowsToFightOrAvengeThreaten() {
        // before: the vow row read retaliation and responses, not crushing or answering (nor fighting or avenging)
        assertThat(events("Pyongyang vowed to crush any South Korean provocation.")).contains("THREATEN KOR-PRK");
        assertThat(events("Islamabad vowed to answer any Indian strike.")).contains("THREATEN IND-PAK");
    }

    @Test
    void envoysDispatchedVisitAndWitnessesOfASigningMeetTheSigners() {
        // before: PETRARCH2's SEND ... ENVOY lacks "dispatch"; "witnessed" hosted nothing
        assertThat(events("Pretoria dispatched special envoys to Nigeria to explain the measures."))
                .contains("CONSULT NGA-ZAF");
        assertThat(events("Thailand and Cambodia signed a peace declaration in a ceremony witnessed by Malaysian Prime "
                + "Minister Anwar Ibrahim.")).contains("CONSULT MYS-THA", "CONSULT KHM-MYS");
    }

    @Test
    void fightingAlongsideAndHandingSuspectsOverCooperate() {
        // before: the hand FIGHT row hid the dictionary's FIGHT ... ALONGSIDE; suspects "handed to" had no row
        assertThat(events("Belarusian special forces are fighting alongside Russian troops near Kharkiv, Kyiv said."))
                .contains("COOPERATE BLR-RUS");
        assertThat(events("Colombia handed 12 alleged drug traffickers to the United States on Friday."))
                .contains("COOPERATE COL-USA");
    }

    @Test
    void sealedBordersStrayAircraftAndIntrusionsIntoWatersCoerce() {
        // before: only closing or shutting a border, entering airspace, and incursions into airspace
        assertThat(events("Armenia sealed its border with Azerbaijan on Sunday.")).contains("COERCE ARM-AZE");
        assertThat(events("Two Belarusian helicopters strayed into Lithuanian airspace on Tuesday."))
                .contains("COERCE BLR-LTU");
        assertThat(events("A Chinese coast guard vessel's intrusion into Malaysian waters off Sarawak lasted two days."))
                .contains("COERCE CHN-MYS");
    }

    @Test
    void reliefHandedOverIsAidAndBackingIsSupport() {
        // before: "handed over" was a transfer (COOPERATE) unless a gift word stood in the sentence; "backing" no row
        assertThat(events("India handed over 500 tonnes of rice to Sri Lanka's disaster management centre."))
                .contains("AID IND-LKA").doesNotContain("COOPERATE IND-LKA");
        assertThat(events("Ghana's bid for a seat on the council won the backing of Nigeria on Monday."))
                .contains("SUPPORT GHA-NGA");
    }

    private static List<String> events(String text) {
        return TypedPairs.of(extractor, text);
    }
}
