package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A present participle set off by a comma is done by the speaker of the speech tag before it, or else by the subject of
 * the sentence's main verb, wherever the parse hangs it (issue 14, lane pt). Sentences written for this test, not copied
 * from an evaluation set; each lost its pair before the change (ExtractionProbe with the mechanism switched off).
 */
class CommaParticipleDoersTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theSpeakersParticipleIsAimedAtTheStateWhoseActHeReports() {
        assertThat(TypedPairs.of(extractor, "Iran has sold drones to Venezuela, Colombia's defence ministry said, "
                + "condemning the transfers as a threat to the region.")).contains("DISAPPROVE COL-IRN");
    }

    @Test
    void aParticipleAfterASpeechTagIsTheSpeakersAct() {
        assertThat(TypedPairs.of(extractor, "Latvia lodged a protest with Minsk over the border incident, the foreign "
                + "ministry in Riga said, demanding an apology.")).contains("DEMAND BLR-LVA");
    }

    @Test
    void aParticipleWithItsOwnTargetAfterAClauseIsDoneByTheMainSubjects() {
        assertThat(TypedPairs.of(extractor, "Foreign ministers of Kenya, Uganda and Tanzania met in Arusha and endorsed a "
                + "regional plan that would keep the refugees in the camps, rejecting Britain's proposal to move them."))
                .contains("REJECT GBR-KEN", "REJECT GBR-UGA", "REJECT GBR-TZA");
    }
}
