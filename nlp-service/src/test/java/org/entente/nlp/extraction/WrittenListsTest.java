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
        assertThat(TypedPairs.of(extractor, "The foreign ministers of Kenya, the United States, the UAE, Qatar, Oman and "
                + "Egypt met at a hotel in southern Kenya on Monday and agreed to make their forum permanent."))
                .contains("CONSULT KEN-USA", "CONSULT ARE-USA", "CONSULT QAT-USA", "AGREE KEN-USA", "AGREE EGY-USA",
                        "AGREE ARE-KEN");
    }

    @Test
    void twoStatesAndACommaAreNoList() {
        assertThat(TypedPairs.of(extractor, "Russia attacked Ukraine, Poland said."))
                .doesNotContain("ASSAULT POL-RUS");
    }
}
