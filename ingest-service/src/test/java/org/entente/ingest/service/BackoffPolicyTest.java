package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    private final Duration initial = Duration.ofSeconds(60);
    private final Duration max = Duration.ofHours(1);

    @Test
    void doublesWithEachFailureUpToTheMaximum() {
        BackoffPolicy noJitter = new BackoffPolicy(initial, max, () -> 1.0);
        assertThat(noJitter.delayAfter(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(noJitter.delayAfter(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(noJitter.delayAfter(4)).isEqualTo(Duration.ofSeconds(480));
        assertThat(noJitter.delayAfter(10)).isEqualTo(max);
        assertThat(noJitter.delayAfter(1000)).isEqualTo(max);
    }

    @Test
    void jitterKeepsAtLeastHalfTheDelay() {
        BackoffPolicy lowest = new BackoffPolicy(initial, max, () -> 0.0);
        BackoffPolicy middle = new BackoffPolicy(initial, max, () -> 0.5);
        assertThat(lowest.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(middle.delayAfter(3)).isEqualTo(Duration.ofSeconds(180));
    }
}
