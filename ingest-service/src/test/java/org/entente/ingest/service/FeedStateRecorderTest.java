package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.entente.ingest.domain.Feed;
import org.entente.ingest.domain.FeedStatus;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.entente.ingest.service.FeedStateRecorder.PollCounts;
import org.entente.ingest.testing.StatementsOnThread;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poll's outcome is one update statement from the snapshot the scheduler read with the due feeds: a feed polled
 * every second no longer pays two transactions that each load it.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FeedStateRecorderTest {

    @Inject
    FeedStateRecorder recorder;
    private UUID id;

    @BeforeEach
    void feed() {
        id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Feed f = new Feed();
            f.id = id;
            f.url = "https://recorder.example.org/" + id + "/rss";
            f.title = null;
            f.pollSeconds = 7;
            // paused: the scheduler's own polls leave it alone; the recorder does not look at the status
            f.status = FeedStatus.PAUSED;
            f.createdAt = Instant.now();
            f.nextPollAt = f.createdAt;
            f.etag = "\"e1\"";
            f.lastModified = "Sat, 05 Dec 2026 10:00:00 GMT";
            f.consecutiveFailures = 2;
            f.itemsSeen = 10;
            f.articlesPublished = 4;
            f.duplicatesDropped = 6;
            f.persist();
        });
    }

    @AfterEach
    void deleteFeed() {
        QuarkusTransaction.requiringNew().run(() -> Feed.deleteById(id));
    }

    @Test
    void aNotModifiedPollIsOneUpdateThatOnlyMovesThePollTimes() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        FeedSnapshot feed = snapshot();
        List<String> sql = StatementsOnThread.record(() -> recorder.notModified(feed, started));

        assertThat(sql).singleElement().asString().startsWith("update");
        Feed f = reload();
        assertThat(f.nextPollAt).isEqualTo(started.plusSeconds(7));
        assertThat(f.lastSuccessAt).isNotNull().isEqualTo(f.lastPollAt);
        assertThat(f.consecutiveFailures).isZero();
        assertThat(f.etag).isEqualTo("\"e1\"");
        assertThat(f.lastModified).isEqualTo("Sat, 05 Dec 2026 10:00:00 GMT");
        assertThat(f.title).isNull();
        assertThat(f.itemsSeen).isEqualTo(10);
    }

    @Test
    void aReadDocumentIsOneUpdateOfValidatorsCountsAndAMissingTitle() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        FetchResult fetch = new FetchResult(false, new byte[0], "\"e2\"", "Sun, 06 Dec 2026 10:00:00 GMT",
                "https://recorder.example.org/rss");

        FeedSnapshot feed = snapshot();
        List<String> sql = StatementsOnThread.record(
                () -> recorder.success(feed, started, fetch, "Recorder News", new PollCounts(5, 2, 3)));

        assertThat(sql).singleElement().asString().startsWith("update");
        Feed f = reload();
        assertThat(f.nextPollAt).isEqualTo(started.plusSeconds(7));
        assertThat(f.consecutiveFailures).isZero();
        assertThat(f.etag).isEqualTo("\"e2\"");
        assertThat(f.lastModified).isEqualTo("Sun, 06 Dec 2026 10:00:00 GMT");
        assertThat(f.title).isEqualTo("Recorder News");
        assertThat(f.itemsSeen).isEqualTo(15);
        assertThat(f.articlesPublished).isEqualTo(6);
        assertThat(f.duplicatesDropped).isEqualTo(9);

        // a title the feed already has is kept
        FeedSnapshot titled = new FeedSnapshot(id, f.url, "Recorder News", false, f.etag, f.lastModified, 7,
                started);
        recorder.success(titled, started, fetch, "Another Title", new PollCounts(0, 0, 0));
        assertThat(reload().title).isEqualTo("Recorder News");
    }

    private FeedSnapshot snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> FeedSnapshot.of(Feed.findById(id), Instant.now()));
    }

    private Feed reload() {
        return QuarkusTransaction.requiringNew().call(() -> Feed.<Feed> findById(id));
    }
}
