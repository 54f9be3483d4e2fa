package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    @Test
    void keepsTheArticleBodyAndDropsNavigationAndFooters() {
        String html = """
                <html><head><title>x</title><script>var a = 1;</script></head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <div class="sidebar"><p><a href="/a">Most read: a completely different story about sport</a></p></div>
                <div class="article-body">
                  <p>Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after seven years.</p>
                  <p>The agreement was announced in Beijing after talks between senior security officials.</p>
                  <p>Both sides will reopen embassies within two months, the joint statement said.</p>
                </div>
                <footer><p>Copyright 2026 Example News. All rights reserved worldwide.</p></footer>
                </body></html>""";
        String text = MainTextExtractor.extract(html, "https://example.org/story");
        assertThat(text).startsWith("Saudi Arabia and Iran agreed")
                .contains("reopen embassies")
                .doesNotContain("Most read")
                .doesNotContain("Copyright")
                .doesNotContain("Home");
    }

    @Test
    void pageWithoutParagraphsGivesNothing() {
        assertThat(MainTextExtractor.extract("<html><body><div>short</div></body></html>", null)).isEmpty();
    }
}
