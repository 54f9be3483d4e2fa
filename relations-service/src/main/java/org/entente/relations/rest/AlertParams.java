package org.entente.relations.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.problem.ProblemException;
import org.entente.relations.domain.NationPair;

/** Parses alert query parameters; each failure says what to send instead. */
@ApplicationScoped
public class AlertParams {

    private final RequestChecks checks;

    public AlertParams(RequestChecks checks) {
        this.checks = checks;
    }

    /** {@code IRN|SAU}, {@code SAU,IRN} or {@code SAU-IRN}, in either order. */
    public NationPair pair(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] codes = value.strip().split("[|,\\-]");
        if (codes.length != 2) {
            throw ProblemException.badRequest("malformed " + parameter + "='" + value
                    + "'; give two ISO alpha-3 codes, e.g. IRN|SAU");
        }
        String a = checks.nation(codes[0], parameter);
        String b = checks.nation(codes[1], parameter);
        if (a.equals(b)) {
            throw ProblemException.badRequest(parameter + " names " + a + " twice; a pair needs two different nations");
        }
        return NationPair.of(a, b);
    }

    public UUID id(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed " + parameter + "='" + value
                    + "'; give an id as returned by the API, e.g. 3f2b6c1e-8a4d-4e7f-9c0b-1d2e3f4a5b6c");
        }
    }

    /** An ISO-8601 instant, or a date meaning its start in UTC. */
    public Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return checks.withinBounds(text.indexOf('T') < 0 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC)
                    .toInstant() : Instant.parse(text), parameter, value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("malformed " + parameter + "='" + value
                    + "'; use an ISO 8601 date or instant, e.g. 2026-11-21 or 2026-11-21T08:00:00Z");
        }
    }

    public String oneOf(String value, String parameter, Class<? extends Enum<?>> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        for (Enum<?> constant : allowed.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return lower;
            }
        }
        throw ProblemException.badRequest("unknown " + parameter + " '" + value + "'; use one of "
                + String.join(", ", java.util.Arrays.stream(allowed.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** A stream position: a non-negative publication sequence number. */
    public long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the problem below
        }
        throw ProblemException.badRequest("malformed Last-Event-ID '" + value
                + "'; send back the id of the last event you received, e.g. 42");
    }
}
