package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void keepsPlainTextUnchanged() {
        String text = "Saudi Arabia and Iran agreed on Friday to restore relations.\nTalks went on.";
        TextCleaner.Cleaned cleaned = cleaner.clean(text);
        assertThat(cleaned.text()).isEqualTo(text);
        assertThat(cleaned.blanked()).isZero();
    }

    @Test
    void blanksTagsWithoutMovingOffsets() {
        String raw = "<p>Egypt and <b>Jordan</b> met.</p>";
        String cleaned = cleaner.clean(raw).text();
        assertThat(cleaned).hasSameSizeAs(raw);
        assertThat(cleaned.indexOf("Jordan")).isEqualTo(raw.indexOf("Jordan"));
        assertThat(cleaned.strip().replaceAll("\\s+", " ")).isEqualTo("Egypt and Jordan met.");
    }

    @Test
    void blockTagsBecomeLineBreaks() {
        String cleaned = cleaner.clean("First paragraph<br/>Second paragraph").text();
        assertThat(cleaned).contains("\n").startsWith("First paragraph\n");
    }

    @Test
    void dropsScriptAndStyleBodies() {
        String cleaned = cleaner.clean("Qatar <script>var x = 'Iran';</script>spoke.<style>p{}</style>").text();
        assertThat(cleaned).doesNotContain("Iran").doesNotContain("var").contains("Qatar").contains("spoke.");
    }

    @Test
    void decodesEntitiesPaddingBeforeTheCharacter() {
        String raw = "Iran&#39;s envoy &amp; Oman&rsquo;s minister";
        String cleaned = cleaner.clean(raw).text();
        assertThat(cleaned).hasSameSizeAs(raw);
        assertThat(cleaned.replaceAll(" +", " ")).isEqualTo("Iran 's envoy & Oman \u2019s minister");
    }

    @Test
    void leavesUnknownEntitiesAndLoneAngleBracketsAlone() {
        String raw = "Exports rose 3% &foo; while imports < 2 and > 1";
        assertThat(cleaner.clean(raw).text()).isEqualTo(raw);
    }

    @Test
    void blanksControlAndZeroWidthCharactersButKeepsLineBreaks() {
        String raw = "Chad\u0000 and\u200B Niger\u0007 met.\r\nThen\tleft.";
        TextCleaner.Cleaned cleaned = cleaner.clean(raw);
        assertThat(cleaned.text()).isEqualTo("Chad  and  Niger  met.\r\nThen\tleft.");
        assertThat(cleaned.blanked()).isEqualTo(3);
    }

    @Test
    void blanksUnpairedSurrogatesButKeepsEmoji() {
        String raw = "Peace \uD83D\uDE00 now \uD83D end";
        String cleaned = cleaner.clean(raw).text();
        assertThat(cleaned).isEqualTo("Peace \uD83D\uDE00 now   end");
    }
}
