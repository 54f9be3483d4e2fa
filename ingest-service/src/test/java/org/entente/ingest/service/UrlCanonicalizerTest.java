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
}
