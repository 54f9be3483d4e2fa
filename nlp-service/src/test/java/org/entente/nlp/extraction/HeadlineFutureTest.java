package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headlines write the future as "to" (issue 14, lane hl): "Ghana, Togo to hold joint patrols" is a stated intention,
 * AGREE by the CAMEO convention. Sentences written for this test, not copied from an evaluation set.
 */
class HeadlineFutureTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void toOnAHeadlinesRootWithItsOwnSubjectIsIntent() {
        assertThat(TypedPairs.of(extractor, "Ghana, Togo to hold joint border patrols"))
                .contains("AGREE GHA-TGO").doesNotContain("COOPERATE GHA-TGO");
    }

    @Test
    void whatWasDoneStaysDone() {
        assertThat(TypedPairs.of(extractor, "Ghana and Togo held joint border patrols on Monday."))
                .contains("COOPERATE GHA-TGO");
    }
}
