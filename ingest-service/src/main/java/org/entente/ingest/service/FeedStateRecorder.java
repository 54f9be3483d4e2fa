package org.entente.ingest.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.domain.Feed;

/** Writes the outcome of one poll into the feed's state and schedules its next poll. */
@ApplicationScoped
@Transactional
public class FeedStateRecorder {

    private static final int MAX_ERROR_CHARS = 2000;

    private final Clock clock;
    private final BackoffPolicy backoff;

    public FeedStateRecorder(Clock clock, IngestConfig config) {
        this.clock = clock;
        this.backoff = new BackoffPolicy(config.backoff().initial(), config.backoff().max(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** A snapshot taken outside the poll's long-running work, or null when the feed is gone. */
    public FeedSnapshot snapshot(UUID id) {
        Feed f = Feed.findById(id);
        return f == null ? null : new FeedSnapshot(f.id, f.url, f.title, f.fullText, f.etag, f.lastModified);
    }

    /** @param startedAt when the poll began: polls start every pollSeconds, however long the last one took */
    public void success(UUID id, Instant startedAt, FetchResult fetch, String feedTitle, PollCounts counts) {
        Feed f = Feed.findById(id);
        if (f == null) {
            return; // deleted while it was being polled
        }
        Instant now = clock.instant();
        f.lastPollAt = now;
        f.lastSuccessAt = now;
        f.consecutiveFailures = 0;
        f.nextPollAt = PollSchedule.nextPoll(startedAt, f.pollSeconds);
        if (!fetch.notModified()) {
            // validators only move once this document's articles are all acknowledged: a failed publish must not
            // turn the next poll into a 304 that hides the unpublished items
            f.etag = fetch.etag();
            f.lastModified = fetch.lastModified();
        }
        if ((f.title == null || f.title.isBlank()) && feedTitle != null && !feedTitle.isBlank()) {
            f.title = feedTitle.length() > 500 ? feedTitle.substring(0, 500) : feedTitle;
        }
        f.itemsSeen += counts.itemsSeen();
        f.articlesPublished += counts.published();
        f.duplicatesDropped += counts.duplicates();
    }

    public void failure(UUID id, String reason) {
        Feed f = Feed.findById(id);
        if (f == null) {
            return;
        }
        Instant now = clock.instant();
        f.lastPollAt = now;
        f.lastError = reason.length() > MAX_ERROR_CHARS ? reason.substring(0, MAX_ERROR_CHARS) : reason;
        f.lastErrorAt = now;
        f.consecutiveFailures++;
        f.nextPollAt = now.plus(backoff.delayAfter(f.consecutiveFailures));
    }

    /** What a poll needs to know about its feed. */
    public record FeedSnapshot(UUID id, String url, String title, boolean fullText, String etag,
            String lastModified) {
    }

    /** What one successful poll found. */
    public record PollCounts(int itemsSeen, int published, int duplicates) {
    }
}
