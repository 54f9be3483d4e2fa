package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Not ruling out force is a threat (issue 14, lane vxh; coding guide: a stated intention to use force is THREATEN):
 * the row reads "rule out ... force" only when refused, by "not" on it or by a verb of refusing above it. Sentences
 * written for this test, not copied from an evaluation set.
 */
class ForceNotRuledOutTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void refusingToRuleOutForceThreatens() {
        assertThat(TypedPairs.directed(extractor, "Russia's president refused to rule out using military force against "
                + "Moldova, a remark Chisinau called reckless.")).contains("THREATEN RUS>MDA");
    }

    @Test
    void notRulingOutForceThreatens() {
        assertThat(TypedPairs.directed(extractor, "Turkey said it would not rule out military action against Greece over "
                + "the islands.")).contains("THREATEN TUR>GRC");
    }

    @Test
    void rulingOutForceIsNoThreat() {
        assertThat(TypedPairs.directed(extractor, "Turkey ruled out military action against Greece over the islands."))
                .doesNotContain("THREATEN TUR>GRC");
    }
}
