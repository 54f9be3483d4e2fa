package org.entente.ingest.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
    private final FeedItemDrafts drafts;
    private final IngestMetrics metrics;
    private final Clock clock;

    public FeedPoll(FeedStateRecorder state, HttpDocumentFetcher fetcher, ArticlePublisher publisher,
            FeedItemDrafts drafts, IngestMetrics metrics, Clock clock) {
        this.state = state;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.drafts = drafts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Never lets a failure out, Errors included (a StackOverflowError from a library used to escape, unrecorded,
     * and the feed was fetched again at once): the failure is recorded on the feed, which then backs off. Only
     * errors of the JVM itself other than a stack overflow are rethrown once recorded (see {@link #fatal}).
     */
    public void pollOnce(FeedSnapshot feed) {
        UUID feedId = feed.id();
        String tag = feedId.toString();
        try {
            long start = System.nanoTime();
            // The next poll counts from the tick that handed this one out, not from when a poller thread got to it: a
            // poll that waited half a tick for a free poller was otherwise not due on the next tick, and a feed polled
            // every second was polled every two (offered to fetched p99 1.86 s at 1 s, bench of 2026-12-06)
            Instant startedAt = feed.handedOutAt();
            FetchResult fetch = fetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
            Instant fetchedAt = clock.instant();
            if (fetch.notModified()) {
                state.notModified(feed, startedAt);
                metrics.poll(tag, "not_modified");
                return;
            }
            ParsedFeed parsed = FeedParser.parse(fetch.body(), fetch.finalUrl());
            List<ArticleDraft> found = drafts.of(feed, parsed, fetchedAt);
            long fetched = System.nanoTime();
            metrics.fetched(Duration.ofNanos(fetched - start));
            List<ArticleOutcome> outcomes = publisher.publish(found, feedId);
            metrics.publishedIn(Duration.ofNanos(System.nanoTime() - fetched));
            int published = count(outcomes, ArticleOutcome.Status.PUBLISHED);
            int duplicates = count(outcomes, ArticleOutcome.Status.DUPLICATE);
            metrics.itemsSeen(tag, parsed.items().size());
            state.success(feed, startedAt, fetch, parsed.title(),
                    new PollCounts(parsed.items().size(), published, duplicates));
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
