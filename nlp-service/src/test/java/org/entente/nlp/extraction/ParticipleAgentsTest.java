package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The doer of an act named by a "by" phrase where the parse does not make it the subject: a past participle on a noun
 * ("the memorandum, signed by ..."), a sentence-opening participle the parser takes for the main verb ("vaccines
 * donated by Spain to Bolivia arrived"), an agent hung on the event noun's object ("the expulsion of the ambassador by
 * Caracas") or on a passive verb's object ("was granted a loan by Japan"). Sentences written for this test, not taken
 * from an evaluation set.
 */
class ParticipleAgentsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aParticipleOnANounTellsItsOwnAct() {
        assertThat(TypedPairs.of(extractor, "The memorandum, signed by Ethiopia and Kenya in Nairobi, covers power exports."))
                .contains("AGREE ETH-KEN");
        assertThat(directed("Two Estonian diplomats, expelled by Moscow last week, returned to Tallinn."))
                .contains("SANCTION RUS>EST").doesNotContain("SANCTION EST>RUS");
    }

    @Test
    void aSentenceOpeningParticipleIsPassive() {
        assertThat(directed("Vaccines donated by Spain to Bolivia arrived in La Paz on Monday.")).contains("AID ESP>BOL");
        assertThat(directed("Indian fishermen detained by Sri Lanka were freed on Friday."))
                .contains("COERCE LKA>IND").doesNotContain("COERCE IND>LKA");
    }

    @Test
    void anAgentHungOnTheObjectStillActs() {
        assertThat(directed("The expulsion of the Dutch ambassador by Caracas drew sharp criticism."))
                .contains("SANCTION VEN>NLD");
        assertThat(directed("Chile was granted a $2 billion loan by Japan to rebuild its ports.")).contains("AID JPN>CHL");
    }

    @Test
    void crimesCommittedByForcesAreNoPledge() {
        assertThat(TypedPairs.of(extractor,
                "Prosecutors opened an inquiry into abuses committed by Sudanese soldiers against Chadian refugees."))
                .noneMatch(pair -> pair.startsWith("AGREE"));
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
