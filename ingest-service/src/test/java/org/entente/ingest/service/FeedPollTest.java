package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Whatever a poll throws, Errors included, it is recorded on the feed (which then backs off) and
 * does not escape to the poller thread; only errors of the JVM itself other than a stack overflow are rethrown.
 */
class FeedPollTest {

    private final UUID id = UUID.randomUUID();
    /** Handed out by a tick a minute ago: a poll that waited that long for a poller thread. */
    private final java.time.Instant tick = java.time.Instant.now().minusSeconds(60);
    private final FeedSnapshot feed = new FeedSnapshot(id, "https://news.example.org/rss", null, false, null, null, 60,
            tick);
    private final List<java.time.Instant> recordedStarts = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aStackOverflowIsRecordedAsAFailureOfTheFeed() {
        FeedPoll poll = poll(() -> {
            throw new StackOverflowError();
        });
        poll.pollOnce(feed);
        assertThat(failures).singleElement().asString().contains("StackOverflowError");
        assertThat(meters.get("entente.ingest.feed.polls").tag("outcome", "internal").counter().count()).isEqualTo(1);
    }

    @Test
    void anyOtherErrorIsRecordedToo() {
        poll(() -> {
            throw new NoClassDefFoundError("org/example/Missing");
        }).pollOnce(feed);
        poll(() -> {
            throw new AssertionError("a library's assertion");
        }).pollOnce(feed);
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).contains("NoClassDefFoundError");
    }

    @Test
    void anOutOfMemoryErrorIsRecordedAndRethrown() {
        FeedPoll poll = poll(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThatThrownBy(() -> poll.pollOnce(feed)).isInstanceOf(OutOfMemoryError.class);
        assertThat(failures).singleElement().asString().contains("OutOfMemoryError");
    }

    @Test
    void aPollTimesItsFetchAndItsPublishSeparately() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>Talks</title>"
                + "<link>https://news.example.org/a</link><description>Qatar and Turkey held talks.</description>"
                + "</item></channel></rss>";
        List<Integer> published = new ArrayList<>();
        ArticlePublisher publisher = new ArticlePublisher(null, null, null, null, null, null) {
            @Override
            public List<ArticleOutcome> publish(List<ArticleDraft> drafts, UUID feedId) {
                published.add(drafts.size());
                return List.of();
            }
        };
        poll(() -> new FetchResult(false, rss.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null,
                "https://news.example.org/rss"), publisher).pollOnce(feed);
        assertThat(failures).isEmpty();
        assertThat(published).containsExactly(1);
        assertThat(meters.get("entente.ingest.feed.fetch.duration").timer().count()).isEqualTo(1);
        assertThat(meters.get("entente.ingest.articles.publish.duration").timer().count()).isEqualTo(1);
    }

    @Test
    void theNextPollCountsFromTheTickThatHandedThePollOutNotFromWhenAPollerGotToIt() {
        poll(() -> FetchResult.notModified("\"e1\"", null, "https://news.example.org/rss")).pollOnce(feed);
        String rss = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
        poll(() -> new FetchResult(false, rss.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null,
                "https://news.example.org/rss"), new ArticlePublisher(null, null, null, null, null, null) {
                    @Override
                    public List<ArticleOutcome> publish(List<ArticleDraft> drafts, UUID feedId) {
                        return List.of();
                    }
                }).pollOnce(feed);
        assertThat(failures).isEmpty();
        assertThat(recordedStarts).containsExactly(tick, tick);
    }

    private FeedPoll poll(Supplier<FetchResult> fetch) {
        return poll(fetch, null);
    }

    private FeedPoll poll(Supplier<FetchResult> fetch, ArticlePublisher publisher) {
        IngestConfig config = config();
        FeedStateRecorder state = new FeedStateRecorder(Clock.systemUTC(), config) {
            @Override
            public void failure(UUID feed, String reason) {
                failures.add(reason);
            }

            @Override
            public void notModified(FeedSnapshot feed, java.time.Instant startedAt) {
                recordedStarts.add(startedAt);
            }

            @Override
            public void success(FeedSnapshot feed, java.time.Instant startedAt, FetchResult fetched, String feedTitle,
                    PollCounts counts) {
                recordedStarts.add(startedAt);
                // nothing to record without a database
            }
        };
        HttpDocumentFetcher fetcher = new HttpDocumentFetcher(config.http(), new FeedAddressPolicy(false, false,
                host -> new java.net.InetAddress[0])) {
            @Override
            public FetchResult fetch(String url, String etag, String lastModified) {
                return fetch.get();
            }
        };
        IngestMetrics metrics = new IngestMetrics(meters);
        FeedItemDrafts drafts = new FeedItemDrafts(new FullTextExtractor(fetcher, metrics), metrics, config);
        return new FeedPoll(state, fetcher, publisher, drafts, metrics, Clock.systemUTC());
    }

    static IngestConfig config() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(IngestConfig.class)
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .build();
        return config.getConfigMapping(IngestConfig.class);
    }
}
