package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Headlines write "and" as a comma (issue 14, lane hl): "Cuba asks Mexico, Venezuela for fuel" asks both. Sentences
 * written for this test, not copied from an evaluation set.
 */
class HeadlineListsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aCommaBetweenStatesInAHeadlineJoinsThem() {
        assertThat(TypedPairs.of(extractor, "Cuba asks Mexico, Venezuela for emergency fuel"))
                .contains("REQUEST CUB-MEX", "REQUEST CUB-VEN");
        assertThat(TypedPairs.of(extractor, "Hungarian, Slovak leaders arrive in Kyiv, pledge power aid"))
                .contains("CONSULT HUN-UKR", "CONSULT SVK-UKR");
    }

    @Test
    void aHeadlineHasNoFinalFullStop() {
        assertThat(HeadlineLists.isHeadline(words("Tokyo", ",", "Manila", "ink", "pact"))).isTrue();
        assertThat(HeadlineLists.isHeadline(words("Will", "Tokyo", "sign", "?", "'"))).isFalse();
        assertThat(HeadlineLists.isHeadline(words("Tokyo", "signed", "a", "pact", ".", "\""))).isFalse();
    }

    private static List<CoreLabel> words(String... words) {
        return java.util.Arrays.stream(words).map(w -> {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            return label;
        }).toList();
    }
}
