package org.entente.ingest.service;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

import org.entente.ingest.config.IngestConfig;

/**
 * The publication dates an article may carry: from {@code max-past} before now to {@code max-future} after it.
 * A date far outside (year 9999 from a broken feed clock, year 1200, -999999999) must not travel on: downstream,
 * one event dated 9999 made relations-service's sums too precise for PostgreSQL, and dates before the Gregorian
 * calendar shift on storage. Feed items keep their article with the fetch time instead (FeedPoll);
 * pushed articles are refused with 400 (ArticleResource). Pure, so it is tested without Quarkus.
 */
public final class PublicationDateWindow {

    /** The first full year of the Gregorian calendar: no date before it is ever accepted. */
    static final Instant GREGORIAN = Instant.parse("1583-01-01T00:00:00Z");

    private final Duration maxPast;
    private final Duration maxFuture;

    public PublicationDateWindow(Duration maxPast, Duration maxFuture) {
        this.maxPast = maxPast;
        this.maxFuture = maxFuture;
    }

    public static PublicationDateWindow of(IngestConfig.Articles articles) {
        return new PublicationDateWindow(articles.publishedAtMaxPast(), articles.publishedAtMaxFuture());
    }

    /** True for null (no date given: the fetch time stands in downstream) and for dates inside the window. */
    public boolean accepts(Instant publishedAt, Instant now) {
        return publishedAt == null
                || !publishedAt.isBefore(earliest(now)) && !publishedAt.isAfter(latest(now));
    }

    Instant earliest(Instant now) {
        try {
            Instant earliest = now.minus(maxPast);
            return earliest.isBefore(GREGORIAN) ? GREGORIAN : earliest;
        } catch (DateTimeException | ArithmeticException e) {
            return GREGORIAN; // a max-past beyond the time line: the calendar bound holds
        }
    }

    Instant latest(Instant now) {
        try {
            return now.plus(maxFuture);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    /** For refusals: "from 1996-12-05T06:00:00Z to 2026-12-05T06:00:00Z". */
    public String describe(Instant now) {
        return "from " + earliest(now) + " to " + latest(now);
    }
}
