package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class FeedItemDraftsTest {

    private static final Instant FETCHED = Instant.parse("2026-11-21T08:00:04Z");
    private static final Instant PUBLISHED = Instant.parse("2026-11-21T08:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(meters);
    private final FeedItemDrafts drafts = new FeedItemDrafts(new FullTextExtractor(null, metrics), metrics,
            FeedPollTest.config());
    private final FeedSnapshot feed = new FeedSnapshot(UUID.randomUUID(), "https://news.example.org/rss", null, false,
            null, null, 60, FETCHED);

    private List<ArticleDraft> of(FeedItem... items) {
        return drafts.of(feed, new ParsedFeed("News", "en", List.of(items)), FETCHED);
    }

    @Test
    void anItemWithAHeadlineOnlyIsAnArticleWhoseTextIsItsHeadline() {
        String headline = "Saudi Arabia and Iran agree to restore diplomatic relations";
        List<ArticleDraft> found = of(new FeedItem("https://news.example.org/a", headline, null, PUBLISHED),
                new FeedItem("https://news.example.org/b", headline, " \n ", PUBLISHED));

        assertThat(found).extracting(ArticleDraft::text).containsExactly(headline, headline);
        assertThat(found).extracting(ArticleDraft::title).containsExactly(headline, headline);
        assertThat(meters.get("entente.ingest.articles.headline.only").tag("feed", feed.id().toString()).counter()
                .count()).isEqualTo(2);
    }

    @Test
    void anItemWithNeitherTextNorHeadlineIsSkipped() {
        assertThat(of(new FeedItem("https://news.example.org/a", " ", "", PUBLISHED),
                new FeedItem("https://news.example.org/b", null, null, PUBLISHED))).isEmpty();
        assertThat(meters.get("entente.ingest.articles.skipped").tag("reason", "no_text").counter().count())
                .isEqualTo(2);
    }

    @Test
    void anItemWithATextKeepsItAndItsHeadlineApart() {
        List<ArticleDraft> found = of(new FeedItem("https://news.example.org/a", "Iran and Oman hold talks",
                "Iran and Oman held talks in Muscat on Monday.", PUBLISHED));
        assertThat(found).singleElement().extracting(ArticleDraft::text)
                .isEqualTo("Iran and Oman held talks in Muscat on Monday.");
        assertThat(meters.find("entente.ingest.articles.headline.only").counter()).isNull();
    }
}
