package org.entente.relations.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The webhook thread waits for a commit, a retry falling due or the idle poll, whichever comes first. */
class DeliveryWakeupsTest {

    private static final Instant T = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void withNothingScheduledItWaitsTheIdlePoll() {
        assertThat(new DeliveryWakeups(Duration.ofSeconds(10)).waitAfter(T)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aRetryDueBeforeTheIdlePollEndsTheWaitJustAfterIt() {
        DeliveryWakeups wakeups = new DeliveryWakeups(Duration.ofSeconds(10));
        wakeups.retryAt(T.plusSeconds(4));
        wakeups.retryAt(T.plusMillis(1500));
        wakeups.retryAt(T.plusSeconds(30));

        assertThat(wakeups.waitAfter(T)).isEqualTo(Duration.ofMillis(1501));
        // claimed by the query at T + 1.5 s: the next one counts
        assertThat(wakeups.waitAfter(T.plusMillis(1500))).isEqualTo(Duration.ofMillis(2501));
        assertThat(wakeups.waitAfter(T.plusSeconds(4))).isEqualTo(Duration.ofSeconds(10));
        assertThat(wakeups.waitAfter(T.plusSeconds(25))).isEqualTo(Duration.ofMillis(5001));
        assertThat(wakeups.waitAfter(T.plusSeconds(30))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aWakeEndsTheWaitAtOnceAndOneWakeCountsOnce() throws Exception {
        DeliveryWakeups wakeups = new DeliveryWakeups(Duration.ofSeconds(30));
        wakeups.wake();
        wakeups.wake();
        long start = System.nanoTime();
        wakeups.await(Instant.now());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                wakeups.await(Instant.now());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(300);
        assertThat(waiting).isNotDone(); // the second wake was drained with the first
        wakeups.wake();
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRetryEndsARealWaitLongBeforeTheIdlePoll() throws Exception {
        DeliveryWakeups wakeups = new DeliveryWakeups(Duration.ofSeconds(30));
        Instant now = Instant.now();
        wakeups.retryAt(now.plusMillis(200));
        long start = System.nanoTime();
        wakeups.await(now);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(150)).isLessThan(Duration.ofSeconds(10));
    }
}
