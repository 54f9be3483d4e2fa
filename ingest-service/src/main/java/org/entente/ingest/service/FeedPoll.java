package org.entente.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.entente.ingest.service.FeedStateRecorder.PollCounts;
import org.entente.netpolicy.UrlRedactor;
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
    private final Clock clock;
    private final int maxTextChars;
    private final PublicationDateWindow dates;

    public FeedPoll(FeedStateRecorder state, HttpDocumentFetcher fetcher, ArticlePublisher publisher,
            FullTextExtractor fullText, IngestMetrics metrics, IngestConfig config, Clock clock) {
        this.state = state;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.fullText = fullText;
        this.metrics = metrics;
        this.clock = clock;
        this.maxTextChars = config.articles().maxTextChars();
        this.dates = PublicationDateWindow.of(config.articles());
    }

    /**
     * Never lets a failure out, Errors included (a StackOverflowError from a library used to escape, unrecorded,
     * and the feed was fetched again at once): the failure is recorded on the feed, which then backs off. Only
     * errors of the JVM itself other than a stack overflow are rethrown once recorded (see {@link #fatal}).
     */
    public void pollOnce(UUID feedId) {
        FeedSnapshot feed = state.snapshot(feedId);
        if (feed == null) {
            return;
        }
        String tag = feedId.toString();
        try {
            FetchResult fetch = fetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
            Instant fetchedAt = clock.instant();
            if (fetch.notModified()) {
                state.success(feedId, fetch, null, new PollCounts(0, 0, 0));
                metrics.poll(tag, "not_modified");
                return;
            }
            ParsedFeed parsed = FeedParser.parse(fetch.body(), fetch.finalUrl());
            List<ArticleDraft> drafts = drafts(feed, parsed, fetchedAt);
            List<ArticleOutcome> outcomes = publisher.publish(drafts, feedId);
            int published = count(outcomes, ArticleOutcome.Status.PUBLISHED);
            int duplicates = count(outcomes, ArticleOutcome.Status.DUPLICATE);
            metrics.itemsSeen(tag, parsed.items().size());
            state.success(feedId, fetch, parsed.title(), new PollCounts(parsed.items().size(), published, duplicates));
            metrics.poll(tag, "ok");
            if (published > 0) {
                LOG.debugf("Feed %s: %d new articles, %d duplicates", shown(feed), published, duplicates);
            }
        } catch (FetchException e) {
            fail(feed, e.kind(), e.getMessage());
        } catch (FeedFormatException e) {
            fail(feed, "malformed", e.getMessage());
        } catch (PublishFailedException e) {
            fail(feed, "publish", e.getMessage());
        } catch (Throwable e) {
            LOG.error("Unexpected failure polling " + shown(feed), e);
            failQuietly(feed, "internal error: " + e);
            if (fatal(e)) {
                throw (Error) e;
            }
        }
    }

    /**
     * Errors of the JVM itself (out of memory, an internal error) say nothing about the feed and leave the JVM in a
     * doubtful state: rethrown, so the process's own policy applies (ExitOnOutOfMemoryError, then a restart by the
     * supervisor). A stack overflow is different: it is over once the stack has unwound to here, and comes from
     * this feed's content, so it is the feed's failure.
     */
    static boolean fatal(Throwable e) {
        return e instanceof VirtualMachineError && !(e instanceof StackOverflowError);
    }

    private List<ArticleDraft> drafts(FeedSnapshot feed, ParsedFeed parsed, Instant fetchedAt) {
        List<ArticleDraft> drafts = new ArrayList<>(parsed.items().size());
        int datesReplaced = 0;
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
                LOG.infof("Feed %s: text of %s cut from %d to %d characters", shown(feed), item.link(), text.length(),
                        maxTextChars);
                text = text.substring(0, maxTextChars);
                metrics.truncated("text_too_long");
            }
            Instant publishedAt = item.publishedAt();
            if (!dates.accepts(publishedAt, fetchedAt)) {
                // a broken feed clock must not lose the news: the article goes on, dated when it was fetched
                if (datesReplaced++ == 0) {
                    LOG.infof("Feed %s: item %s is dated %s, outside the accepted window %s; dated %s, when it was "
                            + "fetched, instead", shown(feed), item.link(), publishedAt, dates.describe(fetchedAt),
                            fetchedAt);
                }
                publishedAt = fetchedAt;
            }
            drafts.add(new ArticleDraft(item.link(), item.title(), text, publishedAt, parsed.language()));
        }
        if (datesReplaced > 0) {
            metrics.datesReplaced(feed.id().toString(), datesReplaced);
        }
        return drafts;
    }

    private void fail(FeedSnapshot feed, String kind, String reason) {
        String shown = UrlRedactor.redactIn(reason);
        LOG.warnf("Feed %s failed (%s): %s", shown(feed), kind, shown);
        metrics.poll(feed.id().toString(), kind);
        state.failure(feed.id(), shown);
    }

    /** Recording must not throw over the error being recorded (the database may be what failed). */
    private void failQuietly(FeedSnapshot feed, String reason) {
        try {
            fail(feed, "internal", reason);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the failure of feed %s", shown(feed));
        }
    }

    private static String shown(FeedSnapshot feed) {
        return UrlRedactor.redact(feed.url());
    }

    private static int count(List<ArticleOutcome> outcomes, ArticleOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }
}
