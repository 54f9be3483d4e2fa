package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Coercion of another state through its nationals, its property and its borders (PLOVER COERCE, CAMEO 17), and seas
 * named after a state that are no party. Sentences written for this test, not taken from an evaluation set.
 */
class CoercionTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void sentencingAnotherStatesNationalIsCoercion() {
        assertThat(typedPairs("Iran sentenced a Swedish aid worker to six years in prison on Tuesday."))
                .contains("COERCE IRN-SWE");
    }

    @Test
    void seizingAnotherStatesPropertyIsCoercion() {
        assertThat(typedPairs("Russia nationalised the local assets of a Finnish energy company on Tuesday."))
                .contains("COERCE FIN-RUS");
    }

    @Test
    void shuttingABorderIsCoercionLikeClosingIt() {
        assertThat(typedPairs("Tajikistan shut its border with Kyrgyzstan after a shootout between guards."))
                .contains("COERCE KGZ-TJK").doesNotContain("SANCTION KGZ-TJK");
    }

    @Test
    void aSeaNamedAfterAStateIsNoParty() {
        assertThat(typedPairs("Iranian commandos seized a Liberian-flagged tanker in the Gulf of Oman on Friday."))
                .contains("COERCE IRN-LBR").noneMatch(pair -> pair.contains("OMN"));
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
