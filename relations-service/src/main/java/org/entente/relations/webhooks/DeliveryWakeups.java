package org.entente.relations.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * When the webhook thread looks at its queue again: at once when a commit queued deliveries ({@link #wake}), when a
 * retry this process scheduled falls due ({@link #retryAt}), and otherwise after the idle poll, which only catches what
 * no wake-up announces (a retry or lease left by a crashed instance). With no webhook rule the queue is then read once
 * an idle poll instead of every 200 ms, each time in a transaction.
 */
final class DeliveryWakeups {

    /** The retry is claimed by a query at or after its instant; a wait cut to the millisecond could wake just before. */
    private static final Duration MARGIN = Duration.ofMillis(1);

    private final Semaphore signal = new Semaphore(0);
    private final PriorityQueue<Instant> retries = new PriorityQueue<>();
    private final Duration idlePoll;

    DeliveryWakeups(Duration idlePoll) {
        this.idlePoll = idlePoll;
    }

    /** Deliveries were committed: look at the queue now. */
    void wake() {
        signal.release();
    }

    /** A failed delivery is due again at this instant. */
    synchronized void retryAt(Instant at) {
        retries.add(at);
    }

    /**
     * How long to wait after a claim made at {@code claimedAt} found nothing more: until the earliest retry after it,
     * at most the idle poll. Retries due by then were in that claim and are forgotten.
     */
    synchronized Duration waitAfter(Instant claimedAt) {
        while (!retries.isEmpty() && !retries.peek().isAfter(claimedAt)) {
            retries.poll();
        }
        if (retries.isEmpty()) {
            return idlePoll;
        }
        Duration untilRetry = Duration.between(claimedAt, retries.peek()).plus(MARGIN);
        return untilRetry.compareTo(idlePoll) < 0 ? untilRetry : idlePoll;
    }

    /** Waits {@link #waitAfter} the claim, or less if woken; wake-ups that came meanwhile count as this one. */
    void await(Instant claimedAt) throws InterruptedException {
        long nanos = waitAfter(claimedAt).toNanos();
        signal.tryAcquire(Math.max(0, nanos - elapsedSince(claimedAt)), TimeUnit.NANOSECONDS);
        signal.drainPermits();
    }

    private static long elapsedSince(Instant claimedAt) {
        return Math.max(0, Duration.between(claimedAt, Instant.now()).toNanos());
    }
}
