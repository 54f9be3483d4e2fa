package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void removesMarkupScriptsAndEntities() {
        String html = "<p>Saudi Arabia &amp; Iran <b>agreed</b> on Friday.</p><script>alert('x')</script>"
                + "<p>Talks   were held in <a href=\"/beijing\">Beijing</a>.</p>";
        assertThat(HtmlText.toText(html))
                .isEqualTo("Saudi Arabia & Iran agreed on Friday.\n\nTalks were held in Beijing.");
    }

    @Test
    void plainTextPassesThroughWithWhitespaceCollapsed() {
        assertThat(HtmlText.toText("  Ministers met\n in Riyadh.  ")).isEqualTo("Ministers met in Riyadh.");
    }

    @Test
    void nullAndBlankGiveEmptyText() {
        assertThat(HtmlText.toText(null)).isEmpty();
        assertThat(HtmlText.toText("<div> </div>")).isEmpty();
    }
}
