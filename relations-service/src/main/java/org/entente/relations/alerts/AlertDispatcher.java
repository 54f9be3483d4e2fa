package org.entente.relations.alerts;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.entente.relations.config.AlertConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Drains the alert outbox on one thread: turns due alert revisions into publications (committed,
 * numbered), hands them to live SSE clients, then sends every unsent publication to Kafka. One thread
 * keeps the stream in sequence order; a commit wakes it at once, a timer catches anything else
 * (alerts committed before a crash, updates held back by the update interval).
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final int BATCH = 100;

    private final AlertOutbox outbox;
    private final AlertPublisher publisher;
    private final AlertLiveFeed feed;
    private final AlertConfig config;

    private final Event<AlertsPublished> publishedEvent;

    public AlertDispatcher(AlertOutbox outbox, AlertPublisher publisher, AlertLiveFeed feed, AlertConfig config,
            Event<AlertsPublished> publishedEvent) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.feed = feed;
        this.config = config;
        this.publishedEvent = publishedEvent;
    }

    private final Semaphore signal = new Semaphore(0);
    private final WorkerLoop worker = new WorkerLoop("alert-dispatcher", this::waitAndDispatch);

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        worker.stop();
    }

    /** Called after a transaction that raised or updated alerts has committed. */
    public void wake() {
        signal.release();
    }

    private void waitAndDispatch() throws InterruptedException {
        signal.tryAcquire(config.outboxPoll().toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        dispatch();
    }

    private void dispatch() throws InterruptedException {
        List<AlertPublication> published;
        do {
            published = outbox.publishDue(Instant.now(), BATCH);
            if (!published.isEmpty()) {
                publishedEvent.fire(new AlertsPublished(published.size()));
            }
            feed.publish(published);
        } while (published.size() == BATCH);
        List<AlertPublication> unsent;
        do {
            unsent = outbox.unsent(BATCH);
            if (unsent.isEmpty()) {
                return;
            }
            AlertPublisher.Sent sent = publisher.sendInOrder(unsent);
            outbox.markSent(sent.acknowledged().stream().map(AlertPublication::seq).toList());
            if (sent.failure() != null) {
                throw new IllegalStateException("the broker did not acknowledge alert publication "
                        + unsent.get(sent.acknowledged().size()).seq() + ": " + sent.failure(), sent.failure());
            }
        } while (unsent.size() == BATCH);
    }
}
