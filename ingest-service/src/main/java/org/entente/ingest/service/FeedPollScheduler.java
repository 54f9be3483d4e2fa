package org.entente.ingest.service;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Hands due feeds to a bounded pool of poller threads. The tick itself only queries the registry, so polling never
 * blocks the event loop nor the scheduler, and a slow feed never delays the others beyond the pool's bound.
 * <p>
 * The tick runs on a thread of its own rather than Quarkus' {@code @Scheduled}: that scheduler checks its triggers once
 * a second, so no tick could be shorter than a second, and a feed whose poll was still in flight on a tick waited a
 * whole second more (offered to fetched p99 1.90 s at pollSeconds 1, bench of 2026-12-07). Ticks do not overlap: the
 * next one is a tick after the last one's end.
 */
@ApplicationScoped
public class FeedPollScheduler {

    private static final Logger LOG = Logger.getLogger(FeedPollScheduler.class);

    private final FeedRegistry registry;
    private final FeedPoll poll;
    private final IngestConfig config;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;
    private final ScheduledExecutorService ticker;

    public FeedPollScheduler(FeedRegistry registry, FeedPoll poll, IngestConfig config) {
        this.registry = registry;
        this.poll = poll;
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.scheduler().concurrency(), r -> {
            Thread t = new Thread(r, "feed-poller-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-poll-tick");
            t.setDaemon(true);
            return t;
        });
    }

    void start(@Observes StartupEvent event) {
        ticker.scheduleWithFixedDelay(this::tickSurviving, config.scheduler().initialDelay().toMillis(),
                config.scheduler().tick().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A task of a scheduled executor that throws is never run again: one failed query must not stop all polling. */
    private void tickSurviving() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Looking for due feeds failed; trying again on the next tick");
        }
    }

    void tick() {
        for (FeedSnapshot feed : registry.due(config.scheduler().batchSize())) {
            if (inFlight.add(feed.id())) {
                try {
                    pool.execute(() -> run(feed));
                } catch (RejectedExecutionException e) {
                    inFlight.remove(feed.id()); // shutting down
                }
            }
        }
    }

    /** A poller thread survives whatever one feed does; FeedPoll records the failure on the feed itself. */
    private void run(FeedSnapshot feed) {
        UUID id = feed.id();
        try {
            poll.pollOnce(feed);
        } catch (Throwable e) {
            LOG.errorf(e, "Polling feed %s failed unexpectedly", id);
            if (FeedPoll.fatal(e)) {
                throw (Error) e; // out of memory and the like: the JVM's own policy applies (FeedPoll.fatal)
            }
        } finally {
            inFlight.remove(id);
        }
    }

    /** Number of feeds being fetched right now (for the benchmark and diagnostics). */
    public int inFlight() {
        return inFlight.size();
    }

    /** Lets polls under way finish briefly, before the datasource closes under them. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        ticker.shutdownNow();
        pool.shutdownNow();
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.infof("%d feed polls were still running at shutdown; their feeds are polled again at next start",
                    inFlight.size());
        }
    }
}
