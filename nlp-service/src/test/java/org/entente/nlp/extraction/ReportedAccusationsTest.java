package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A wrong told as what a state says another did is an accusation (issue 14, lane rp): "Estonia said Russia was behind
 * the fires" is ACCUSE EST>RUS. Sentences written for this test, not copied from an evaluation set.
 */
class ReportedAccusationsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void sayingAnotherStateWasBehindAnActAccusesIt() {
        assertThat(TypedPairs.directed(extractor, "Estonia said on Monday that Russia was behind the arson attack on a "
                + "warehouse in Tallinn.")).contains("ACCUSE EST>RUS");
    }

    @Test
    void sayingAnotherStateHadPlottedAccusesIt() {
        assertThat(TypedPairs.directed(extractor, "Ghana expelled two Togolese diplomats, saying Togo had plotted to "
                + "destabilise the northern border region.")).contains("ACCUSE GHA>TGO");
    }

    @Test
    void aParticipleOfSayingAccusesForTheClausesSubject() {
        assertThat(TypedPairs.directed(extractor, "Chile tightened visa rules for Bolivian officials on Friday, saying La "
                + "Paz had violated the migration accord.")).contains("ACCUSE CHL>BOL");
    }

    @Test
    void aReportedAttackIsNoAccusation() {
        assertThat(TypedPairs.directed(extractor, "Ukraine said Russia had massed troops near Kharkiv."))
                .doesNotContain("ACCUSE UKR>RUS");
    }

    @Test
    void aDeniedWrongIsNoAccusation() {
        assertThat(TypedPairs.directed(extractor, "Finland said Russia was not behind the damage to the undersea cable."))
                .doesNotContain("ACCUSE FIN>RUS");
    }

    @Test
    void anActToldAsDoneByACovertArmAccusesItsState() {
        assertThat(TypedPairs.directed(extractor, "Estonia said the fire at the Tartu depot had been ordered by Russian "
                + "military intelligence.")).contains("ACCUSE EST>RUS");
    }

    @Test
    void theCovertArmsStateIsAccusedNotItsHiredHands() {
        assertThat(TypedPairs.directed(extractor, "Latvian police opened an inquiry into the blast, which Riga said was "
                + "carried out by two Belarusians working for Russian intelligence.")).contains("ACCUSE LVA>RUS")
                .doesNotContain("ACCUSE LVA>BLR");
    }

    @Test
    void aFinderSpeaksForTheStateOfItsClause() {
        assertThat(TypedPairs.directed(extractor, "Finnish prosecutors said their probe had found that Russia was "
                + "behind the damage to the power cable.")).contains("ACCUSE FIN>RUS");
    }

    @Test
    void bearingResponsibilityIsAWrong() {
        assertThat(TypedPairs.directed(extractor, "Sweden summoned the Russian ambassador, with Stockholm saying Moscow "
                + "bore full responsibility for the poisoning.")).contains("ACCUSE SWE>RUS");
    }
}
