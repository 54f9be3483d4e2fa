package org.entente.relations.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.problem.ProblemException;
import org.entente.relations.config.RelationsConfig;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Interval;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Nations;
import org.entente.relations.queries.EventCursor;

/** Parses and checks query and path parameters; each failure says what to send instead. */
@ApplicationScoped
public class RequestChecks {

    private final Nations nations;
    private final RelationsConfig config;

    public RequestChecks(Nations nations, RelationsConfig config) {
        this.nations = nations;
        this.config = config;
    }

    public String nation(String code, String parameter) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest("missing " + parameter + "; give an ISO 3166-1 alpha-3 code, e.g. SAU");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!nations.isKnown(upper)) {
            throw ProblemException.badRequest("unknown nation code '" + code + "'; use ISO 3166-1 alpha-3, e.g. SAU");
        }
        return upper;
    }

    public String optionalNation(String code, String parameter) {
        return code == null || code.isBlank() ? null : nation(code, parameter);
    }

    public LocalDate date(String value, String parameter, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("malformed date " + parameter + "='" + value
                    + "'; use ISO 8601 YYYY-MM-DD, e.g. 2026-01-31");
        }
        return withinBounds(date, parameter, value);
    }

    /**
     * A date a read may name: between {@code earliest-date} and {@code latest-date}. Beyond them a
     * query would walk centuries of buckets, or reach dates the database stores shifted (before 1582)
     * or not at all.
     */
    public LocalDate withinBounds(LocalDate date, String parameter, String value) {
        LocalDate earliest = config.api().earliestDate();
        LocalDate latest = config.api().latestDate();
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw ProblemException.badRequest(parameter + "='" + value + "' is out of range; give a date from "
                    + earliest + " to " + latest);
        }
        return date;
    }

    /** As {@link #withinBounds(LocalDate, String, String)}, for an instant (its UTC day counts). */
    public Instant withinBounds(Instant instant, String parameter, String value) {
        LocalDate earliest = config.api().earliestDate();
        LocalDate latest = config.api().latestDate();
        if (instant.isBefore(earliest.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw ProblemException.badRequest(parameter + "='" + value + "' is out of range; give a time from "
                    + earliest + " to " + latest);
        }
        return instant;
    }

    /** A history of at most {@code max-history-points} buckets. */
    public void historySize(LocalDate from, LocalDate to, Interval interval) {
        long points = switch (interval) {
            case DAY -> ChronoUnit.DAYS.between(from, to) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(interval.bucketEnd(from), interval.bucketEnd(to)) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        };
        int max = config.api().maxHistoryPoints();
        if (points > max) {
            throw ProblemException.badRequest("from=" + from + " to=" + to + " by " + interval.name().toLowerCase(Locale.ROOT)
                    + " gives " + points + " points, more than the " + max + " one answer holds; narrow the range"
                    + (interval == Interval.MONTH ? "" : " or use a longer interval"));
        }
    }

    public void range(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("from=" + from + " is after to=" + to + "; give from <= to");
        }
    }

    public int limit(Integer limit) {
        int max = config.api().maxLimit();
        if (limit == null) {
            return config.api().defaultLimit();
        }
        if (limit < 1 || limit > max) {
            throw ProblemException.badRequest("limit=" + limit + " is out of range; use 1.." + max);
        }
        return limit;
    }

    /** UTC days {@code from}..{@code to}, both inclusive and optional, as instants [since, until). */
    public record DayRange(Instant since, Instant until) {
    }

    public DayRange days(String from, String to) {
        LocalDate start = date(from, "from", null);
        LocalDate end = date(to, "to", null);
        if (start != null && end != null) {
            range(start, end);
        }
        return new DayRange(start == null ? null : start.atStartOfDay().toInstant(ZoneOffset.UTC),
                end == null ? null : end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** A pair as {@code IRN-SAU}, {@code IRN|SAU} or {@code IRN,SAU}, in any order; null when absent. */
    public NationPair pair(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] codes = value.split("[|,\\-]");
        if (codes.length != 2) {
            throw ProblemException.badRequest("malformed pair '" + value + "'; give two codes, e.g. IRN-SAU");
        }
        String a = nation(codes[0], "pair");
        String b = nation(codes[1], "pair");
        if (a.equals(b)) {
            throw ProblemException.badRequest("pair names " + a + " twice; a pair needs two different nations");
        }
        return NationPair.of(a, b);
    }

    /** A PLOVER type name, any case; null when absent. */
    public String type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        EventType type = EventType.parse(value.strip().toUpperCase(Locale.ROOT));
        if (type == null) {
            throw ProblemException.badRequest("unknown type '" + value + "'; use a PLOVER type such as AGREE or SANCTION");
        }
        return type.name();
    }

    /** A {@code nextCursor} this API issued; null when absent. */
    public EventCursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EventCursor.decode(value.strip());
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("cursor '" + value + "' is not one this API issued; "
                    + "pass the nextCursor of the previous page unchanged");
        }
    }
}
