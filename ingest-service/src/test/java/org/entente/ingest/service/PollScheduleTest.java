package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant TICK = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aFeedWhosePollFinishedJustAfterTheLastTickIsDueOnTheNextOne() {
        // polled at the tick before, finished 0.1 s later, pollSeconds 1: next poll set at tick + 0.1 s
        Instant nextPollAt = TICK.plusMillis(100);
        assertThat(nextPollAt).isBeforeOrEqualTo(PollSchedule.dueBy(TICK, Duration.ofSeconds(1)));
    }

    @Test
    void aFeedDueLaterThanHalfATickWaitsForTheTickAfter() {
        Instant nextPollAt = TICK.plusMillis(600);
        assertThat(nextPollAt).isAfter(PollSchedule.dueBy(TICK, Duration.ofSeconds(1)));
        assertThat(TICK.plusMillis(2600)).isAfter(PollSchedule.dueBy(TICK, Duration.ofSeconds(5)));
        assertThat(TICK.plusMillis(2400)).isBeforeOrEqualTo(PollSchedule.dueBy(TICK, Duration.ofSeconds(5)));
    }

    @Test
    void theNextPollIsOneIntervalAfterTheLastOneBeganNotAfterItEnded() {
        // a poll that began on the tick and took 0.4 s: the next is due a second after the tick, on the next tick
        Instant next = PollSchedule.nextPoll(TICK, 1);
        assertThat(next).isEqualTo(TICK.plusSeconds(1)).isBeforeOrEqualTo(PollSchedule.dueBy(TICK.plusSeconds(1),
                Duration.ofSeconds(1)));
    }
}
