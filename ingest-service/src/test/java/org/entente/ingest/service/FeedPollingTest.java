package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.entente.ingest.testing.ArticlesTopic;
import org.entente.ingest.testing.FeedFixtures;
import org.entente.ingest.testing.Feeds;
import org.entente.ingest.testing.FixtureServer;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A feed served on 127.0.0.1, polled by the running service, read back from the real broker. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FeedPollingTest {

    @Test
    void publishesEachItemOnceAcrossPolls() throws Exception {
        try (FixtureServer server = new FixtureServer(); ArticlesTopic topic = new ArticlesTopic()) {
            String prefix = server.url("/polling/");
            server.xml("/polling/feed.xml", FeedFixtures.rss("Polling", 5, i -> prefix + "story-" + i, "Polling"));
            String feedId = Feeds.register(server.url("/polling/feed.xml"), 1);

            await().atMost(Duration.ofSeconds(30)).until(() -> topic.withUrlPrefix(prefix).size() == 5);
            List<ArticlesTopic.Received> first = topic.withUrlPrefix(prefix);
            ArticlesTopic.Received story0 = first.stream()
                    .filter(r -> r.value().get("canonicalUrl").asText().equals(prefix + "story-0")).findFirst().orElseThrow();
            assertThat(story0.key()).isEqualTo(ArticleIdentity.articleId(prefix + "story-0"));
            assertThat(story0.value().get("id").asText()).isEqualTo(story0.key());
            assertThat(story0.value().get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(story0.value().get("feedId").asText()).isEqualTo(feedId);
            assertThat(story0.value().get("title").asText()).isEqualTo("Story 0");
            assertThat(story0.value().get("text").asText()).startsWith("Polling story number 0: Saudi Arabia");
            assertThat(story0.value().get("publishedAt").asText()).isEqualTo("2026-11-21T08:00:00Z");
            assertThat(Instant.parse(story0.value().get("fetchedAt").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(story0.value().get("language").asText()).isEqualTo("en");
            assertThat(story0.value().get("contentFingerprint").asText())
                    .isEqualTo(ArticleIdentity.fingerprint(story0.value().get("text").asText()));

            // two more successful polls of the same document publish nothing new
            // the poll records its success after its articles are acknowledged: they can be read before it is
            await().atMost(Duration.ofSeconds(30)).until(() -> Feeds.get(feedId).getString("lastSuccessAt") != null);
            Instant after = Instant.parse(Feeds.get(feedId).getString("lastSuccessAt"));
            await().atMost(Duration.ofSeconds(30)).until(() -> Feeds.get(feedId).getLong("itemsSeen") >= 15);
            assertThat(topic.withUrlPrefix(prefix)).hasSize(5);
            var feed = Feeds.get(feedId);
            assertThat(feed.getLong("articlesPublished")).isEqualTo(5);
            assertThat(feed.getLong("duplicatesDropped")).isGreaterThanOrEqualTo(10);
            assertThat(Instant.parse(feed.getString("lastSuccessAt"))).isAfter(after);
            assertThat(feed.getString("status")).isEqualTo("active");
            assertThat(feed.getString("lastError")).isNull();
            Feeds.delete(feedId);
        }
    }

    @Test
    void aHeadlineOnlyItemIsPublishedWithItsHeadlineAsItsTextAndCollidesOnlyWithTheSameHeadlineAlone()
            throws Exception {
        String headline = "Oman and Iran hold talks on shipping in the Gulf " + UUID.randomUUID();
        try (FixtureServer server = new FixtureServer(); ArticlesTopic topic = new ArticlesTopic()) {
            String prefix = server.url("/headlines/");
            server.xml("/headlines/feed.xml", "<rss version=\"2.0\"><channel><title>Headlines</title>"
                    + item(headline, prefix + "alone", "")
                    + item(headline, prefix + "with-text", "<description>Oman and Iran held talks in Muscat on Monday"
                            + " about shipping in the Strait of Hormuz, officials said.</description>")
                    + item(headline, prefix + "alone-again", "<description> </description>")
                    + "<item><link>" + prefix + "nothing</link></item>"
                    + "</channel></rss>");
            String feedId = Feeds.register(server.url("/headlines/feed.xml"), 1);

            await().atMost(Duration.ofSeconds(30)).until(() -> topic.withUrlPrefix(prefix).size() >= 2);
            // a second poll of the same document publishes nothing new either
            await().atMost(Duration.ofSeconds(30)).until(() -> Feeds.get(feedId).getLong("itemsSeen") >= 8);
            topic.withUrlPrefix(prefix);
            List<ArticlesTopic.Received> published = topic.withUrlPrefix(prefix);
            assertThat(published).extracting(r -> r.value().get("canonicalUrl").asText())
                    .containsExactlyInAnyOrder(prefix + "alone", prefix + "with-text");
            ArticlesTopic.Received alone = published.stream()
                    .filter(r -> r.value().get("canonicalUrl").asText().equals(prefix + "alone")).findFirst()
                    .orElseThrow();
            assertThat(alone.value().get("text").asText()).isEqualTo(headline);
            assertThat(alone.value().get("title").asText()).isEqualTo(headline);
            assertThat(alone.value().get("contentFingerprint").asText()).isEqualTo(ArticleIdentity.fingerprint(headline));
            Feeds.delete(feedId);
        }
    }

    private static String item(String title, String link, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link>" + description
                + "<pubDate>Sat, 21 Nov 2026 08:00:00 GMT</pubDate></item>";
    }
}
