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

    /**
     * A 304: the document is unchanged, so only the poll times move. One update statement, no load of the feed (a
     * feed polled every second pays it every second).
     *
     * @param startedAt when the poll was handed out: polls start every pollSeconds, however long the last one took
     */
    public void notModified(FeedSnapshot feed, Instant startedAt) {
        Instant now = clock.instant();
        Feed.getEntityManager().createQuery("update Feed set lastPollAt = :now, lastSuccessAt = :now, "
                + "consecutiveFailures = 0, nextPollAt = :next where id = :id")
                .setParameter("now", now).setParameter("next", PollSchedule.nextPoll(startedAt, feed.pollSeconds()))
                .setParameter("id", feed.id()).executeUpdate();
    }

    /**
     * A document read and its articles published: one update statement from the snapshot the poll started with. A
     * feed is polled by one poller at a time and nothing else writes its validators or title, so the snapshot's are
     * still the row's. A feed deleted while it was polled updates no row.
     *
     * @param startedAt when the poll was handed out: polls start every pollSeconds, however long the last one took
     */
    public void success(FeedSnapshot feed, Instant startedAt, FetchResult fetch, String feedTitle, PollCounts counts) {
        Instant now = clock.instant();
        boolean titled = (feed.title() == null || feed.title().isBlank()) && feedTitle != null && !feedTitle.isBlank();
        // validators only move once this document's articles are all acknowledged: a failed publish must not turn the
        // next poll into a 304 that hides the unpublished items (a failed publish never reaches here)
        var update = Feed.getEntityManager().createQuery("update Feed set lastPollAt = :now, lastSuccessAt = :now, "
                + "consecutiveFailures = 0, nextPollAt = :next, etag = :etag, lastModified = :lastModified, "
                + "itemsSeen = itemsSeen + :seen, articlesPublished = articlesPublished + :published, "
                + "duplicatesDropped = duplicatesDropped + :duplicates" + (titled ? ", title = :title" : "")
                + " where id = :id")
                .setParameter("now", now).setParameter("next", PollSchedule.nextPoll(startedAt, feed.pollSeconds()))
                .setParameter("etag", fetch.etag()).setParameter("lastModified", fetch.lastModified())
                .setParameter("seen", (long) counts.itemsSeen()).setParameter("published", (long) counts.published())
                .setParameter("duplicates", (long) counts.duplicates()).setParameter("id", feed.id());
        if (titled) {
            update.setParameter("title", feedTitle.length() > 500 ? feedTitle.substring(0, 500) : feedTitle);
        }
        update.executeUpdate();
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

    /**
     * What a poll needs to know about its feed, read with the feeds that are due.
     *
     * @param handedOutAt the scheduler tick that found the feed due: the next poll counts from it
     */
    public record FeedSnapshot(UUID id, String url, String title, boolean fullText, String etag,
            String lastModified, int pollSeconds, Instant handedOutAt) {

        public static FeedSnapshot of(Feed f, Instant handedOutAt) {
            return new FeedSnapshot(f.id, f.url, f.title, f.fullText, f.etag, f.lastModified, f.pollSeconds,
                    handedOutAt);
        }
    }

    /** What one successful poll found. */
    public record PollCounts(int itemsSeen, int published, int duplicates) {
    }
}
