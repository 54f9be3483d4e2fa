package org.entente.relations.ties;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The event times the consumer accepts: from {@code maxAge} before now to {@code maxAhead} after it
 * (docs/bad-input.md). Each stage checks dates itself; this one protects the tie model and the exact
 * sums ({@code RelationsConfig.Events} says why the bounds matter).
 */
public final class EventTimeWindow {

    private final Period maxAge;
    private final Duration maxAhead;

    public EventTimeWindow(Period maxAge, Duration maxAhead) {
        if (maxAge.isNegative() || maxAhead.isNegative()) {
            throw new IllegalArgumentException("the event time window needs a non-negative max-age and max-ahead");
        }
        this.maxAge = maxAge;
        this.maxAhead = maxAhead;
    }

    /** Refuses {@code at} when it lies outside the window around {@code now}. */
    public void check(Instant at, String field, Instant now) {
        Instant earliest = now.atOffset(ZoneOffset.UTC).minus(maxAge).toInstant();
        Instant latest = now.plus(maxAhead);
        if (at.isBefore(earliest) || at.isAfter(latest)) {
            throw new PoisonEventException("time_out_of_range", field + " " + at + " is outside the accepted window "
                    + earliest + " .. " + latest + " (now - " + maxAge + " .. now + " + maxAhead
                    + "); check the article's date at the producer");
        }
    }
}
