package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void lowerCasesSchemeAndHostButNotPath() {
        assertThat(UrlCanonicalizer.canonicalize("HTTPS://News.Example.ORG/World/Story-1"))
                .isEqualTo("https://news.example.org/World/Story-1");
    }

    @Test
    void dropsDefaultPortsFragmentAndTrailingSlash() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.org:443/a/b/#comments"))
                .isEqualTo("https://example.org/a/b");
        assertThat(UrlCanonicalizer.canonicalize("http://example.org:80/")).isEqualTo("http://example.org");
        assertThat(UrlCanonicalizer.canonicalize("http://example.org:8080/x/")).isEqualTo("http://example.org:8080/x");
    }

    @Test
    void stripsTrackingParametersAndKeepsMeaningfulOnesInOrder() {
        assertThat(UrlCanonicalizer.canonicalize(
                "https://example.org/story?id=42&utm_source=rss&utm_medium=feed&fbclid=abc&page=2&gclid=x&at_medium=RSS"))
                .isEqualTo("https://example.org/story?id=42&page=2");
    }

    @Test
    void dropsTheQueryWhenOnlyTrackingParametersRemain() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.org/story/?UTM_Campaign=x&mc_cid=1"))
                .isEqualTo("https://example.org/story");
    }

    @Test
    void twoLinksToOneStoryGiveOneCanonicalUrl() {
        String a = UrlCanonicalizer.canonicalize("https://www.example.org/world/saudi-iran");
        String b = UrlCanonicalizer.canonicalize("HTTPS://www.example.org:443/world/saudi-iran/?utm_source=x#top");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void refusesNonHttpAndRelativeUrls() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("ftp://example.org/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("/world/story"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void urlVariantsOfOnePageHaveOneStoryKey() {
        String key = UrlCanonicalizer.storyKey(UrlCanonicalizer.canonicalize("https://www.example.org/world/kenya-tanzania"));
        assertThat(key).isEqualTo("example.org/world/kenya-tanzania");
        for (String variant : new String[] {
                "http://example.org/world/kenya-tanzania",
                "https://m.example.org/world/kenya-tanzania/",
                "https://amp.example.org/world/kenya-tanzania",
                "https://www.example.org/amp/world/kenya-tanzania",
                "https://www.example.org/world/kenya-tanzania/amp/",
                "https://www.example.org/world/kenya-tanzania.amp",
                "https://www.example.org/world/kenya-tanzania?amp",
                "https://www.example.org/world/kenya-tanzania?outputType=amp&utm_source=x",
                "https://www-example-org.cdn.ampproject.org/c/s/www.example.org/world/kenya-tanzania",
                "https://www.google.com/amp/s/www.example.org/world/kenya-tanzania",
                "https://www.google.co.uk/amp/s/m.example.org/world/kenya-tanzania/amp",
                "http://www.google.com/amp/www.example.org/world/kenya-tanzania",
                "https://www.example.org/world/kenya-tanzania?output=print",
                "https://www.example.org/world/kenya-tanzania?view=print",
                "https://www.example.org/print/world/kenya-tanzania" }) {
            assertThat(UrlCanonicalizer.storyKey(UrlCanonicalizer.canonicalize(variant))).as(variant).isEqualTo(key);
        }
        assertThat(UrlCanonicalizer.storyKey(UrlCanonicalizer.canonicalize("https://example.org/a.amp.html")))
                .isEqualTo("example.org/a.html");
    }

    @Test
    void otherPagesKeepTheirOwnStoryKey() {
        assertThat(UrlCanonicalizer.storyKey("https://example.org/story?id=2"))
                .isNotEqualTo(UrlCanonicalizer.storyKey("https://example.org/story?id=3"));
        assertThat(UrlCanonicalizer.storyKey("https://example.org/story?output=rss")).endsWith("?output=rss");
        assertThat(UrlCanonicalizer.storyKey("https://example.org/amplifier")).isEqualTo("example.org/amplifier");
        assertThat(UrlCanonicalizer.storyKey("https://m.co/x")).isEqualTo("m.co/x");
        assertThat(UrlCanonicalizer.storyKey("https://www.google.com/amp")).isEqualTo("google.com");
        assertThat(UrlCanonicalizer.storyKey("https://www.google.com/search?q=amp")).isEqualTo("google.com/search?q=amp");
        assertThat(UrlCanonicalizer.storyKey("https://news.example.org:8443/x")).isEqualTo("news.example.org:8443/x");
        assertThat(UrlCanonicalizer.outlet("news.example.org:8443/x")).isEqualTo("news.example.org");
        assertThat(UrlCanonicalizer.outlet("example.org")).isEqualTo("example.org");
    }
}
