package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where the coding guide draws the line between types the dictionary reads otherwise (lane LE, precision): violating or
 * entering another state's airspace is COERCE, not the dictionary's MOBILIZE. Sentences written for this test, not
 * taken from an evaluation set.
 */
class TypeLinesTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ArticleExtractor.create();
    }

    @Test
    void violatingAirspaceIsCoercion() {
        assertThat(typedPairs("A Chinese military drone violated Japanese airspace near Okinawa on Monday, Tokyo said."))
                .contains("COERCE CHN-JPN").doesNotContain("MOBILIZE CHN-JPN");
        assertThat(typedPairs("Belarusian helicopters entered Polish airspace during exercises near the border."))
                .contains("COERCE BLR-POL");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
