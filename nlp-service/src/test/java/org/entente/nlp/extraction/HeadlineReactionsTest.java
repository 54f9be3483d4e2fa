package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A headline's answer after a semicolon faces the doers of the act told before it (issue 14, lane hl2). Sentences
 * written for this test, not copied from an evaluation set.
 */
class HeadlineReactionsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aRefusalAfterASemicolonAnswersTheDemand() {
        assertThat(TypedPairs.directed(extractor, "Warsaw demands Berlin pay war reparations; Germany refuses"))
                .contains("DEMAND POL>DEU", "REJECT DEU>POL");
    }

    @Test
    void aJudgementNamingItsOwnPartyKeepsIt() {
        assertThat(TypedPairs.of(extractor, "Serbia, Hungary sign gas deal with Russia; Croatia condemns Moscow"))
                .contains("DISAPPROVE HRV-RUS").doesNotContain("DISAPPROVE HRV-SRB");
    }
}
