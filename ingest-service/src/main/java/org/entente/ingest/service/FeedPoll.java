package org.entente.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.entente.ingest.service.FeedStateRecorder.PollCounts;
import org.jboss.logging.Logger;

/** One poll of one feed: fetch, parse, publish what is new, record the outcome. Runs on a poller thread. */
@ApplicationScoped
public class FeedPoll {

    private static final Logger LOG = Logger.getLogger(FeedPoll.class);

    private final FeedStateRecorder state;
    private final HttpDocumentFetcher fetcher;
    private final ArticlePublisher publisher;
    private final FullTextExtractor fullText;
    private final IngestMetrics metrics;
    private final int maxTextChars;

    public FeedPoll(FeedStateRecorder state, HttpDocumentFetcher fetcher, ArticlePublisher publisher,
            FullTextExtractor fullText, IngestMetrics metrics, IngestConfig config) {
        this.state = state;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.fullText = fullText;
        this.metrics = metrics;
        this.maxTextChars = config.articles().maxTextChars();
    }

    public void pollOnce(UUID feedId) {
        FeedSnapshot feed = state.snapshot(feedId);
        if (feed == null) {
            return;
        }
        String tag = feedId.toString();
        try {
            FetchResult fetch = fetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
            if (fetch.notModified()) {
                state.success(feedId, fetch, null, new PollCounts(0, 0, 0));
                metrics.poll(tag, "not_modified");
                return;
            }
            ParsedFeed parsed = FeedParser.parse(fetch.body(), fetch.finalUrl());
            List<ArticleDraft> drafts = drafts(feed, parsed);
            List<ArticleOutcome> outcomes = publisher.publish(drafts, feedId);
            int published = count(outcomes, ArticleOutcome.Status.PUBLISHED);
            int duplicates = count(outcomes, ArticleOutcome.Status.DUPLICATE);
            metrics.itemsSeen(tag, parsed.items().size());
            state.success(feedId, fetch, parsed.title(), new PollCounts(parsed.items().size(), published, duplicates));
            metrics.poll(tag, "ok");
            if (published > 0) {
                LOG.debugf("Feed %s: %d new articles, %d duplicates", feed.url(), published, duplicates);
            }
        } catch (FetchException e) {
            fail(feed, e.kind(), e.getMessage());
        } catch (FeedFormatException e) {
            fail(feed, "malformed", e.getMessage());
        } catch (PublishFailedException e) {
            fail(feed, "publish", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure polling " + feed.url(), e);
            fail(feed, "internal", "internal error: " + e);
        }
    }

    private List<ArticleDraft> drafts(FeedSnapshot feed, ParsedFeed parsed) {
        List<ArticleDraft> drafts = new ArrayList<>(parsed.items().size());
        for (FeedItem item : parsed.items()) {
            if (item.link() == null) {
                metrics.skipped("no_link", 1);
                continue;
            }
            String text = item.text();
            if (feed.fullText()) {
                text = fullText.extractOr(item.link(), text);
            }
            if (text == null || text.isBlank()) {
                metrics.skipped("no_text", 1);
                continue;
            }
            if (text.length() > maxTextChars) {
                LOG.infof("Feed %s: text of %s cut from %d to %d characters", feed.url(), item.link(), text.length(),
                        maxTextChars);
                text = text.substring(0, maxTextChars);
                metrics.truncated("text_too_long");
            }
            drafts.add(new ArticleDraft(item.link(), item.title(), text, item.publishedAt(), parsed.language()));
        }
        return drafts;
    }

    private void fail(FeedSnapshot feed, String kind, String reason) {
        LOG.warnf("Feed %s failed (%s): %s", feed.url(), kind, reason);
        metrics.poll(feed.id().toString(), kind);
        state.failure(feed.id(), reason);
    }

    private static int count(List<ArticleOutcome> outcomes, ArticleOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }
}
