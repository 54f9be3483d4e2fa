package org.entente.relations.webhooks;

import java.time.Duration;

/** Exponential backoff between webhook attempts: initial, 2x, 4x, ... capped at max. */
public record WebhookBackoff(Duration initial, Duration max, int maxAttempts) {

    /** The wait after {@code failedAttempts} failures (1 = after the first), or null to give up. */
    public Duration after(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
