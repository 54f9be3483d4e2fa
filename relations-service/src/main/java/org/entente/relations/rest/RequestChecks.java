package org.entente.relations.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.entente.relations.config.RelationsConfig;
import org.entente.relations.domain.Nations;

/** Parses and checks query and path parameters; each failure says what to send instead. */
@ApplicationScoped
public class RequestChecks {

    @Inject
    Nations nations;
    @Inject
    RelationsConfig config;

    public String nation(String code, String parameter) {
        if (code == null || code.isBlank()) {
            throw new BadRequestProblem("missing " + parameter + "; give an ISO 3166-1 alpha-3 code, e.g. SAU");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!nations.isKnown(upper)) {
            throw new BadRequestProblem("unknown nation code '" + code + "'; use ISO 3166-1 alpha-3, e.g. SAU");
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
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestProblem("malformed date " + parameter + "='" + value
                    + "'; use ISO 8601 YYYY-MM-DD, e.g. 2026-01-31");
        }
    }

    public void range(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BadRequestProblem("from=" + from + " is after to=" + to + "; give from <= to");
        }
    }

    public int limit(Integer limit) {
        int max = config.api().maxLimit();
        if (limit == null) {
            return config.api().defaultLimit();
        }
        if (limit < 1 || limit > max) {
            throw new BadRequestProblem("limit=" + limit + " is out of range; use 1.." + max);
        }
        return limit;
    }
}
