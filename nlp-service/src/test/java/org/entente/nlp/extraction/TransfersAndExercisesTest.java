package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Arms transfers in the weapon words of recent news, money a state secured or obtained from another, aid told by a noun
 * that modifies a flight or convoy, and joint exercises in which every party trains with every other. Sentences written
 * for this test, not taken from an evaluation set.
 */
class TransfersAndExercisesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void armsSoldOrDeliveredUnderAContractAreMilitaryCooperation() {
        assertThat(events("France sold 26 Rafale fighter jets to India under a contract worth 7 billion euros."))
                .contains("COOPERATE FRA>IND");
        assertThat(events("China delivered two Type 054A frigates to Pakistan on Sunday under a deal signed in 2018."))
                .contains("COOPERATE CHN>PAK");
    }

    @Test
    void armsShippedAsHelpAreAid() {
        assertThat(events("Germany transferred 14 Leopard tanks to Ukraine last month, the defence ministry said."))
                .contains("AID DEU>UKR");
    }

    @Test
    void moneySecuredFromAStateIsGivenByIt() {
        assertThat(events("Pakistan secured a $3 billion loan from Saudi Arabia on Thursday.")).contains("AID SAU>PAK");
        // the giver hangs on the thing received, not on the verb
        assertThat(events("Sri Lanka obtained a $500 million credit line from India to pay for fuel imports."))
                .contains("AID IND>LKA").doesNotContain("AID LKA>IND");
    }

    @Test
    void anAidFlightGoesFromItsGiverToItsRecipient() {
        assertThat(events("The first aid convoy from Turkey to Syria crossed the border on Thursday.")).contains("AID TUR>SYR");
    }

    @Test
    void everyPartyToAJointExerciseTrainsWithEveryOther() {
        assertThat(events("South Africa began ten days of naval exercises with Russia and China off its east coast on Friday."))
                .anyMatch(e -> e.startsWith("COOPERATE ") && e.contains("RUS") && e.contains("CHN"));
        assertThat(events("Indonesian troops joined the Garuda Shield drills with American and Australian forces in Sumatra."))
                .anyMatch(e -> e.startsWith("COOPERATE ") && e.contains("IDN") && e.contains("USA"))
                .anyMatch(e -> e.startsWith("COOPERATE ") && e.contains("USA") && e.contains("AUS"));
    }

    @Test
    void aidWithoutARecipientGoesWhereTheSentencesOtherAidGoes() {
        // the pledged aid finds its recipient the same way, and is an intention to help: AGREE (coding guide, CAMEO
        // 033; lane wd)
        assertThat(events("Japan sent rescue teams to Turkey on Tuesday, and South Korea pledged $5 million in assistance."))
                .contains("AID JPN>TUR", "AGREE KOR>TUR");
    }

    private static List<String> events(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
