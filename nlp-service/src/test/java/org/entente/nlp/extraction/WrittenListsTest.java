package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A written list of three or more states ("Israel, the United States, the UAE, Bahrain and Egypt") is one party list even
 * where the dependency parse splits it into pieces (issue 14, lane pm): every member acts. Sentences written for this
 * test, not copied from an evaluation set.
 */
class WrittenListsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aListTheParserSplitsStillNamesEveryMember() {
        // the parser hangs "the United States, the UAE, Togo" on Ghana as appositions and keeps Ghana and Benin alone
        assertThat(TypedPairs.of(extractor, "The leaders of Ghana, the United States, the UAE, Togo and Benin met at a "
                + "beach hotel in southern Ghana on Sunday and agreed to share intelligence."))
                .contains("CONSULT GHA-USA", "CONSULT ARE-BEN", "CONSULT TGO-USA", "AGREE BEN-USA", "AGREE ARE-TGO");
    }

    @Test
    void twoStatesAndACommaAreNoList() {
        assertThat(TypedPairs.of(extractor, "Russia attacked Ukraine, Poland said."))
                .doesNotContain("ASSAULT POL-RUS");
    }
}
