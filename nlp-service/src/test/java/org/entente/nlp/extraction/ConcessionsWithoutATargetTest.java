package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Giving in names who gave in ("backed down", "caved in"); the state it gave in to is the one other state the sentence
 * names. Sentences written for this test, not copied from an evaluation set.
 */
class ConcessionsWithoutATargetTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aConcessionWithoutATargetYieldsToTheOneOtherStateNamed() {
        assertThat(typedPairs("Bolivia backed down on Thursday and reopened the border crossing, two days after Lima"
                + " recalled its ambassador.")).contains("CONCEDE BOL-PER");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
