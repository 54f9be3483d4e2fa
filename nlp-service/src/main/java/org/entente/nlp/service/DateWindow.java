package org.entente.nlp.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The dates an article may carry: from {@code maxYearsBack} years before now to {@code maxAhead} after
 * now. Each stage checks on its own (ingest, nlp, relations); a date outside is refused with the reason
 * rather than turned into events dated in year 9999 or 1200.
 */
public final class DateWindow {

    private final int maxYearsBack;
    private final Duration maxAhead;
    private final Clock clock;

    public DateWindow(int maxYearsBack, Duration maxAhead, Clock clock) {
        if (maxYearsBack < 1 || maxAhead.isNegative()) {
            throw new IllegalArgumentException("the date window needs at least one year back and no negative "
                    + "time ahead, got " + maxYearsBack + " years and " + maxAhead);
        }
        this.maxYearsBack = maxYearsBack;
        this.maxAhead = maxAhead;
        this.clock = clock;
    }

    /**
     * @param what names the date in the reason, e.g. "the article's date (publishedAt, else fetchedAt)"
     * @throws RejectedTextException when the instant lies outside the window
     */
    public void check(Instant instant, String what) {
        Instant now = clock.instant();
        Instant earliest = now.atOffset(ZoneOffset.UTC).minusYears(maxYearsBack).toInstant();
        Instant latest = now.plus(maxAhead);
        if (instant.isBefore(earliest) || instant.isAfter(latest)) {
            throw new RejectedTextException(SkipReason.DATE_OUT_OF_RANGE, what + " " + instant
                    + " is outside the accepted window from " + earliest + " to " + latest + " ("
                    + maxYearsBack + " years back, " + maxAhead.toHours()
                    + " h ahead; entente.nlp.dates.*); fix the date at its source");
        }
    }
}
