package org.entente.ingest.service;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after n consecutive failures wait between half and all of
 * min(max, initial * 2^(n-1)), so many feeds failing together (a network outage) do not retry in lockstep.
 */
public final class BackoffPolicy {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public BackoffPolicy(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    public Duration delayAfter(int consecutiveFailures) {
        int exponent = Math.max(0, Math.min(consecutiveFailures - 1, 30));
        long ceiling = Math.min(max.toMillis(), initial.toMillis() * (1L << exponent));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
