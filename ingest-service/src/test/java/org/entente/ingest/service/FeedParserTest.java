package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsRss2WithHtmlTurnedIntoTextAndRelativeLinksResolved() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("rss2.xml"), "https://news.example.org/rss.xml");

        assertThat(feed.title()).isEqualTo("Example World News");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Saudi Arabia and Iran agree to restore diplomatic relations");
        assertThat(first.link()).isEqualTo("https://news.example.org/world/saudi-iran?utm_source=rss");
        assertThat(first.text()).isEqualTo(
                "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations.\n\nThe deal was brokered in Beijing.");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2023-03-10T12:00:00Z"));
        FeedItem second = feed.items().get(1);
        assertThat(second.link()).isEqualTo("https://news.example.org/world/geneva-talks");
        assertThat(second.text()).contains("France and Germany met in Geneva"); // content:encoded beats the teaser
        assertThat(feed.items().get(2).link()).isNull();
    }

    @Test
    void readsAtomUsingTheAlternateLinkAndTheLongerBody() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("atom.xml"), null);

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("https://mfa.example.gov/press/joint-statement");
            assertThat(item.title()).isEqualTo("Joint statement on cooperation");
            assertThat(item.text()).isEqualTo("Japan and India signed a defence cooperation agreement in Tokyo on Saturday.");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-11-21T07:30:00Z"));
        });
    }

    @Test
    void readsRss1AndRss091() throws Exception {
        assertThat(FeedParser.parse(fixture("rss1.xml"), null).items()).singleElement()
                .satisfies(i -> assertThat(i.link()).isEqualTo("https://rdf.example.org/a"));
        assertThat(FeedParser.parse(fixture("rss091.xml"), null).items()).singleElement()
                .satisfies(i -> assertThat(i.text()).isEqualTo("Egypt and Jordan signed a trade agreement in Cairo."));
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile() throws Exception {
        assertThatThrownBy(() -> FeedParser.parse(fixture("xxe.xml"), null))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesEntityExpansion() throws Exception {
        assertThatThrownBy(() -> FeedParser.parse(fixture("billion-laughs.xml"), null))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("lollol");
    }

    @Test
    void reportsMalformedXmlAndNonFeeds() throws Exception {
        assertThatThrownBy(() -> FeedParser.parse(fixture("malformed.xml"), null))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("malformed XML");
        assertThatThrownBy(() -> FeedParser.parse(fixture("not-a-feed.xml"), null))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("not an RSS or Atom feed");
    }

    /** 5,000 levels of nesting overflowed the stack in the feed library (StackOverflowError). */
    @Test
    void refusesNestingDeeperThanTheLimitWithAFormatError() {
        assertThatThrownBy(() -> FeedParser.parse(nested(5_000), null))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("nesting deeper than");
    }

    @Test
    void readsAFeedNestedWithinTheLimit() throws Exception {
        assertThat(FeedParser.parse(nested(50), null).items()).singleElement()
                .satisfies(i -> assertThat(i.link()).isEqualTo("https://news.example.org/deep"));
    }

    static byte[] nested(int depth) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>Deep</title>"
                + "<link>https://news.example.org/deep</link><description>Deep item.</description>"
                + "<x>".repeat(depth) + "</x>".repeat(depth) + "</item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
