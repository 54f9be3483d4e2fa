package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sanctions in the wording of recent news the dictionary lacks: export restrictions and controls, revoked visas, stripped
 * trade preferences. Sentences written for this test, not taken from an evaluation set.
 */
class SanctionWordingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void restrictedExportsAndExportControlsAreSanctions() {
        assertThat(typedPairs("Beijing restricted exports of gallium and germanium to the United States in retaliation."))
                .contains("SANCTION CHN-USA");
        assertThat(typedPairs("Japan tightened export controls on chipmaking equipment to China.")).contains("SANCTION CHN-JPN")
                .doesNotContain("COERCE CHN-JPN");
    }

    @Test
    void revokedVisasAreASanction() {
        assertThat(typedPairs("Washington revoked the visas of dozens of Nicaraguan officials.")).contains("SANCTION NIC-USA");
    }

    @Test
    void strippedTradePreferencesAreASanction() {
        assertThat(typedPairs("Britain stripped Belarus of its trade preferences.")).contains("SANCTION BLR-GBR");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
