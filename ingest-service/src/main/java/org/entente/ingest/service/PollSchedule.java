package org.entente.ingest.service;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed counts as due on a scheduler tick. A feed's next poll is set one poll interval after its poll began, a
 * little after a tick (the poller thread picks it up late under load); taken strictly, the tick one interval later
 * finds it not yet due, and a feed polled every second is polled every two (measured in the platform benchmark, with
 * the next poll counted from the end of the last: offered to fetched p95 1.95 s at pollSeconds 1, tick 1 s). A feed
 * due within half a tick is polled on this tick: the schedule rounds to the nearest tick instead of always up, and a
 * poll is never more than half a tick early.
 */
public final class PollSchedule {

    private PollSchedule() {
    }

    /** A feed's next poll after a successful one: one interval after that poll began, however long it took. */
    public static Instant nextPoll(Instant startedAt, int pollSeconds) {
        return startedAt.plusSeconds(pollSeconds);
    }

    /** Feeds whose next poll is at or before this instant are handed out on the tick at {@code now}. */
    public static Instant dueBy(Instant now, Duration tick) {
        return now.plus(tick.dividedBy(2));
    }
}
