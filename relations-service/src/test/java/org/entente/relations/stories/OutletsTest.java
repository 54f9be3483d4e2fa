package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutletsTest {

    @Test
    void anOutletIsItsRegistrableDomainUnderThePublicSuffixList() {
        assertThat(List.of("https://bbc.co.uk/news", "https://www.bbc.co.uk/news/world-1",
                "http://news.bbc.co.uk/2/hi/europe/1.stm", "https://feeds.bbc.co.uk/x"))
                .allSatisfy(url -> assertThat(Outlets.of(url)).isEqualTo("bbc.co.uk"));
        assertThat(Outlets.of("https://edition.cnn.com/2026/x")).isEqualTo("cnn.com");
        assertThat(Outlets.of("https://www.lemonde.fr/international/")).isEqualTo("lemonde.fr");
        // a private suffix (blogspot.com): every blog is an outlet of its own
        assertThat(Outlets.of("https://one.blogspot.com/p")).isEqualTo("one.blogspot.com");
        assertThat(Outlets.of("https://two.blogspot.com/p")).isEqualTo("two.blogspot.com");
        // distinct registrable domains stay distinct, even under one suffix
        assertThat(Outlets.of("https://theguardian.co.uk/x")).isNotEqualTo(Outlets.of("https://bbc.co.uk/x"));
    }

    @Test
    void ampCacheAndViewerCopiesAreTheOutletTheyCopy() {
        assertThat(Outlets.of("https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/x.amp"))
                .isEqualTo("bbc.co.uk");
        assertThat(Outlets.of("https://www-my--paper-com.cdn.ampproject.org/c/s/x")).isEqualTo("my-paper.com");
        assertThat(Outlets.of("https://www.google.com/amp/s/news.bbc.co.uk/x")).isEqualTo("bbc.co.uk");
        assertThat(Outlets.of("https://www.google.com/search?q=x")).isEqualTo("google.com");
    }

    @Test
    void hostsUnderNoKnownSuffixFoldReaderPrefixesOnly() {
        assertThat(List.of("https://www.meridianwire.example/x", "http://m.meridianwire.example/x",
                "https://amp.meridianwire.example/x", "https://mobile.meridianwire.example/x",
                "https://MERIDIANWIRE.example./x", "https://www-meridianwire-example.cdn.ampproject.org/c/s/x"))
                .allSatisfy(url -> assertThat(Outlets.of(url)).isEqualTo("meridianwire.example"));
        assertThat(Outlets.of("https://news.meridianwire.example/x")).isEqualTo("news.meridianwire.example");
        assertThat(Outlets.of("http://10.1.2.3:8080/x")).isEqualTo("10.1.2.3");
        assertThat(Outlets.of("https://m.com/x")).isEqualTo("m.com");
        assertThat(Outlets.of("not a url")).isEqualTo("not a url");
    }
}
