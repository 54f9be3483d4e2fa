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

    /** Markup sent entity-encoded (once or twice) must not come out as live HTML. */
    @Test
    void entityEncodedMarkupComesOutAsTextWithoutTags() {
        assertThat(HtmlText.toText("&lt;img src=x onerror=alert(1)&gt;Ministers met"))
                .isEqualTo("Ministers met");
        assertThat(HtmlText.toText("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Talks resumed"))
                .isEqualTo("Talks resumed");
        assertThat(HtmlText.toText("<p>&lt;b&gt;Riyadh&lt;/b&gt; and Tehran</p><p>&amp;lt;i&amp;gt;agreed</p>"))
                .isEqualTo("Riyadh and Tehran\n\nagreed");
    }

    @Test
    void encodingNestedBeyondTheBoundStillLeavesNoTag() {
        String payload = "<img src=x onerror=alert(1)>";
        for (int i = 0; i < 12; i++) {
            payload = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
        assertThat(HtmlText.toText(payload + " text")).doesNotContain("<").endsWith("text");
    }

    @Test
    void ordinaryAmpersandsAndComparisonsSurvive() {
        assertThat(HtmlText.toText("AT&amp;T says 3 &lt; 4 &amp; Q&amp;A")).isEqualTo("AT&T says 3 < 4 & Q&A");
    }
}
