package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A response an act provoked ("..., prompting Baghdad to open an investigation") that names no one it is done to answers
 * the doer of the provoking act (lane wh, session 20). Sentences written for this test, not taken from an evaluation set.
 */
class ProvokedResponsesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aProvokedResponseAnswersTheProvokingClausesSubject() {
        assertThat(TypedPairs.directed(extractor,
                "Serbian police arrested three Kosovo officers near the boundary line on Tuesday, prompting Pristina to"
                        + " lodge a formal complaint."))
                .contains("DISAPPROVE XKX>SRB");
    }

    @Test
    void throughAReportingClauseTheToldActsDoerIsTheProvoker() {
        assertThat(TypedPairs.directed(extractor,
                "A Rwandan drone struck a market in northern Burundi, local officials said, prompting Bujumbura to open"
                        + " an investigation."))
                .contains("INVESTIGATE BDI>RWA");
    }

    @Test
    void aResponseNamingItsOwnTargetKeepsIt() {
        assertThat(TypedPairs.directed(extractor,
                "Armenian forces shelled an Azerbaijani village on Monday, prompting Baku to summon the French ambassador."))
                .contains("PROTEST AZE>FRA").doesNotContain("PROTEST AZE>ARM");
    }
}
