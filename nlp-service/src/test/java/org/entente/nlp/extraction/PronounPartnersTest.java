package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "he and X agreed": a personal pronoun joined to another party stands for the official named before it. Sentences
 * written for this test, not copied from an evaluation set.
 */
class PronounPartnersTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aPronounJoinedToAPartyStandsForTheOfficialNamedBefore() {
        assertThat(typedPairs("Prime Minister Christopher Luxon flew to Jakarta on Tuesday, where he and Prabowo Subianto"
                + " agreed to deepen maritime cooperation.")).contains("AGREE IDN-NZL");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
