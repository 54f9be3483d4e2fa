package org.entente.netpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmpLinksTest {

    @Test
    void anAmpCacheLinkCopiesThePageInItsPath() {
        assertThat(AmpLinks.copied("www-example-org.cdn.ampproject.org", "/c/s/www.Example.org/world/x"))
                .isEqualTo(new AmpLinks.Page("www.example.org", "/world/x"));
        assertThat(AmpLinks.copied("www-example-org.cdn.ampproject.org", "/c/www.example.org"))
                .isEqualTo(new AmpLinks.Page("www.example.org", ""));
    }

    @Test
    void anAmpCacheLinkWithoutAHostInItsPathIsNamedByItsCacheHost() {
        assertThat(AmpLinks.copied("www-my--paper-com.cdn.ampproject.org", "/c/s/x"))
                .isEqualTo(new AmpLinks.Page("www.my-paper.com", "/c/s/x"));
    }

    @Test
    void anAmpViewerLinkCopiesThePageInItsPath() {
        assertThat(AmpLinks.copied("www.google.com", "/amp/s/news.bbc.co.uk/x"))
                .isEqualTo(new AmpLinks.Page("news.bbc.co.uk", "/x"));
        assertThat(AmpLinks.copied("google.co.uk", "/amp/m.example.org/a/amp"))
                .isEqualTo(new AmpLinks.Page("m.example.org", "/a/amp"));
    }

    @Test
    void otherLinksCopyNothing() {
        assertThat(AmpLinks.copied("www.google.com", "/search")).isNull();
        assertThat(AmpLinks.copied("www.google.com", "/amp/s/nohost/x")).isNull();
        assertThat(AmpLinks.copied("example.org", "/amp/s/www.example.org/x")).isNull();
        assertThat(AmpLinks.copied(".cdn.ampproject.org", "/c/s/x")).isNull();
        assertThat(AmpLinks.copied("www.example.org", null)).isNull();
    }

    @Test
    void readerPrefixesFoldButAHostKeepsADot() {
        assertThat(AmpLinks.withoutReaderPrefixes("www.m.example.org")).isEqualTo("example.org");
        assertThat(AmpLinks.withoutReaderPrefixes("amp.mobile.example.org")).isEqualTo("example.org");
        assertThat(AmpLinks.withoutReaderPrefixes("news.example.org")).isEqualTo("news.example.org");
        assertThat(AmpLinks.withoutReaderPrefixes("m.com")).isEqualTo("m.com");
    }
}
