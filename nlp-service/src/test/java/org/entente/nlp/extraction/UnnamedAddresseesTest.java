package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An accusation or demand aimed at doers the clause does not tie to a state ("the pilots", "the vessels") aims at the one
 * other state the sentence names. Sentences written for this test, not taken from an
 * evaluation set.
 */
class UnnamedAddresseesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void anAccusationOfUnnamedDoersAimsAtTheOneOtherStateNamed() {
        assertThat(typedPairs(
                "A Belarusian helicopter crossed into Lithuanian airspace on Tuesday, and Vilnius accused the pilots "
                        + "of a deliberate provocation."))
                .contains("ACCUSE BLR-LTU");
    }

    @Test
    void aDemandToUnnamedDoersAimsAtTheOneOtherStateNamed() {
        assertThat(typedPairs("Chinese coast guard ships blocked a supply mission near the shoal, and Manila demanded that the "
                + "vessels leave at once.")).contains("DEMAND CHN-PHL");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
