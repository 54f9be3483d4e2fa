package org.entente.relations.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.entente.relations.config.AlertConfig;
import org.entente.relations.messaging.AlertPublisher;
import org.jboss.logging.Logger;

/**
 * Drains the alert outbox on one thread: turns due alert revisions into publications (committed,
 * numbered), hands them to live SSE clients, then sends every unsent publication to Kafka. One thread
 * keeps the stream in sequence order; a commit wakes it at once, a timer catches anything else
 * (alerts committed before a crash, updates held back by the update interval).
 */
@ApplicationScoped
public class AlertDispatcher {

    private static final Logger LOG = Logger.getLogger(AlertDispatcher.class);
    private static final int BATCH = 100;

    @Inject
    AlertOutbox outbox;
    @Inject
    AlertPublisher publisher;
    @Inject
    AlertLiveFeed feed;
    @Inject
    AlertConfig config;

    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::loop, "alert-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }

    /** Called after a transaction that raised or updated alerts has committed. */
    public void wake() {
        signal.release();
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(config.outboxPoll().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                dispatch();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("alert outbox: %s; trying again", e.getMessage());
                pause();
            }
        }
    }

    private void dispatch() {
        List<AlertPublication> published;
        do {
            published = outbox.publishDue(Instant.now(), BATCH);
            feed.publish(published);
        } while (published.size() == BATCH);
        List<AlertPublication> unsent;
        do {
            unsent = outbox.unsent(BATCH);
            for (AlertPublication publication : unsent) {
                publisher.send(publication.pair(), publication.payload());
                outbox.markSent(publication.seq());
            }
        } while (unsent.size() == BATCH);
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
