package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The tick looks for due feeds more often than once a second when told to (Quarkus' own scheduler could not), and a
 * failed look does not end the ticking.
 */
class FeedPollSchedulerTest {

    private final FeedSnapshot feed = new FeedSnapshot(UUID.randomUUID(), "https://news.example.org/rss", null, false,
            null, null, 1, Instant.now());

    @Test
    void ticksEveryTickShorterThanASecondAndSurvivesAFailedLook() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        List<Long> polledAt = new CopyOnWriteArrayList<>();
        FeedRegistry registry = new FeedRegistry(config("100ms"), Clock.systemUTC(), null) {
            @Override
            public List<FeedSnapshot> due(int limit) {
                if (looks.incrementAndGet() == 1) {
                    throw new IllegalStateException("the database is away");
                }
                return List.of(feed);
            }
        };
        FeedPoll poll = new FeedPoll(null, null, null, null, null, Clock.systemUTC()) {
            @Override
            public void pollOnce(FeedSnapshot snapshot) {
                polledAt.add(System.nanoTime());
            }
        };
        FeedPollScheduler scheduler = new FeedPollScheduler(registry, poll, config("100ms"));
        long start = System.nanoTime();
        scheduler.start(null);
        try {
            Thread.sleep(1_000);
        } finally {
            scheduler.stop(null);
        }
        // a tick of 100 ms, the first look failed: about nine polls in the second, at least five on a loaded machine
        assertThat(polledAt).hasSizeGreaterThanOrEqualTo(5);
        assertThat(TimeUnit.NANOSECONDS.toMillis(polledAt.get(0) - start)).isLessThan(500);
    }

    private static IngestConfig config(String tick) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(IngestConfig.class)
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withDefaultValue("entente.ingest.scheduler.tick", tick)
                .withDefaultValue("entente.ingest.scheduler.initial-delay", "0s").build();
        return config.getConfigMapping(IngestConfig.class);
    }
}
