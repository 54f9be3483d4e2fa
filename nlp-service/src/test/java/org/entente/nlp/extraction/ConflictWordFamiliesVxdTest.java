package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Families of conflictual wording that several writers of several blind sets used and no rule of the type knew (lane
 * vxd, session 25, issue 14), each row with its reason in {@code triggers.tsv}. Sentences written for this test, not
 * taken from an evaluation set.
 */
class ConflictWordFamiliesVxdTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void firmMeasuresAndPenaltiesPromisedAreThreats() {
        // before: only countermeasures, a price or consequences made a vow of a clause
        assertThat(events("China said it would take all necessary measures against Lithuania's decision."))
                .contains("THREATEN CHN-LTU");
        assertThat(events("Washington warned Kigali that it could face sanctions over its support for the rebels."))
                .contains("THREATEN RWA-USA");
    }

    @Test
    void surtaxesAndDesignationsSanction() {
        // before: no tariff row knew the surtax, and "designate" had no row
        assertThat(events("Ottawa imposed a 100% surtax on Chinese steel.")).contains("SANCTION CAN-CHN");
        assertThat(events("The U.S. Treasury designated three Iranian officials on Thursday.")).contains("SANCTION IRN-USA");
    }

    @Test
    void flaresHacksAndJammingCoerce() {
        // before: unsafe intercepts with flares, hacking and jamming as nouns, and breached networks had no row
        assertThat(events("A Chinese helicopter dropped flares near an Australian Seahawk over the Yellow Sea."))
                .contains("COERCE AUS-CHN");
        assertThat(events("Chinese hackers breached Indonesian government networks for months.")).contains("COERCE CHN-IDN");
    }

    @Test
    void stormedEmbassiesAndBoardedShipsCoerce() {
        // before: storming an embassy was a military attack (FIGHT), boarding a ship no event
        assertThat(events("Bolivian police stormed the Peruvian embassy in La Paz to arrest a former minister."))
                .contains("COERCE BOL-PER").doesNotContain("FIGHT BOL-PER");
        assertThat(events("Iranian commandos boarded a Liberian-flagged tanker in the Gulf of Oman."))
                .contains("COERCE IRN-LBR");
    }

    @Test
    void strikesOnPowerStationsAndPortsAreAssaults() {
        // before: a strike was ASSAULT only with civilians, homes, hospitals and the like named
        assertThat(events("Russian missiles struck power stations in western Ukraine overnight.")).contains("ASSAULT RUS-UKR");
    }

    @Test
    void aNegatedAcceptanceRefuses() {
        // before: "accept" was AGREE only, and a refusal told by "will never accept" no REJECT
        assertThat(events("Caracas will never accept Colombian troops on its soil, the foreign minister said."))
                .contains("REJECT COL-VEN");
        assertThat(events("Bogota accepted Venezuela's offer of mediation.")).doesNotContain("REJECT COL-VEN");
    }

    private static List<String> events(String text) {
        return TypedPairs.of(extractor, text);
    }
}
