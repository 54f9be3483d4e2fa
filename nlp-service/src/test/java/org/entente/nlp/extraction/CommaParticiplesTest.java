package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A participle after a comma that the parser hangs on a noun tells a further act of the clause's subject ("hosted
 * Somalia's president, pledging aid to Mogadishu"), and a request's "from" phrase names who asks. Sentences written
 * for this test, not taken from an evaluation set.
 */
class CommaParticiplesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aParticipleOnTheObjectIsTheSubjectsAct() {
        // a pledge of aid is an intention to help: AGREE (coding guide, CAMEO 033; lane wd)
        assertThat(directed("Qatar hosted Somalia's president, pledging humanitarian aid to Mogadishu."))
                .contains("AGREE QAT>SOM");
        assertThat(directed(
                "The United States imposed sanctions on Venezuelan officials, accusing Caracas of rigging the election."))
                .contains("ACCUSE USA>VEN");
    }

    @Test
    void aParticipleBetweenSubjectAndVerbIsTheSubjectsAct() {
        assertThat(directed("Nepal's prime minister, visiting New Delhi, signed agreements on hydropower with India."))
                .contains("CONSULT NPL>IND");
    }

    @Test
    void aRequestFromAStateIsThatStatesRequest() {
        assertThat(directed("Following a request from Libya, Turkey deployed military advisers to Tripoli."))
                .contains("REQUEST LBY>TUR").doesNotContain("REQUEST TUR>LBY");
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
