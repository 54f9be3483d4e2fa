package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Several states in one act (issue 14, lane mp): a mutual act whose only other side is one of its own subjects (the
 * meeting place in one of the meeting states) pairs the subjects with each other. Sentences written for this test, not
 * copied from an evaluation set.
 */
class ManyPartiesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void statesMeetingInOneOfTheirOwnCountriesMeetEachOther() {
        assertThat(TypedPairs.of(extractor,
                "The foreign ministers of Egypt, Jordan, Israel and the United States met at a hotel in southern Israel on Monday."))
                .contains("CONSULT EGY-JOR", "CONSULT EGY-USA", "CONSULT JOR-USA", "CONSULT EGY-ISR", "CONSULT ISR-USA");
    }

    @Test
    void statesActingWithAnotherDoNotActWithEachOther() {
        // coding guide, "Many parties": "Egypt and Jordan signed a deal with Israel" is EGY-ISR and JOR-ISR, not EGY-JOR
        assertThat(TypedPairs.of(extractor, "Egypt and Jordan signed a trade deal with Israel on Sunday."))
                .contains("AGREE EGY-ISR", "AGREE ISR-JOR").doesNotContain("AGREE EGY-JOR");
    }
}
