package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Officials' own words: the first person of a quotation is the speaker, whose state the speech tag names outside it.
 * Sentences written for this test, not copied from an evaluation set.
 */
class QuotedSpeakersTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theFirstPersonAsksForTheSpeakersState() {
        assertThat(typedPairs("\"In our call I asked the Dutch prime minister for more F-16 parts, and the Netherlands"
                + " will send them in May,\" Ukraine's president wrote on Telegram.")).contains("REQUEST NLD-UKR");
    }

    @Test
    void theFirstPersonAsTheObjectIsTheSpeakersState() {
        assertThat(typedPairs("\"Greece has met our demands, so the talks can resume,\" Turkey's foreign minister told"
                + " reporters.")).anyMatch(p -> p.endsWith(" GRC-TUR"));
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
