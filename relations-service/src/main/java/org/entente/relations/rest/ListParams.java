package org.entente.relations.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that the event and story lists share ({@code GET /api/v1/events}, {@code GET /api/v1/stories}):
 * who, which type, which days, which page, JSON or CSV. Raw text; the resource checks each through
 * {@link RequestChecks}, so a bad value is a problem+json that names it.
 */
public class ListParams {

    @Parameter(description = "only those where this nation is source or target", example = "SAU")
    @QueryParam("nation")
    String nation;

    @Parameter(description = "a pair, IRN-SAU or IRN|SAU, in any order", example = "IRN-SAU")
    @QueryParam("pair")
    String pair;

    @Parameter(description = "PLOVER type", example = "AGREE")
    @QueryParam("type")
    String type;

    @Parameter(description = "first day, YYYY-MM-DD", example = "2026-01-01")
    @QueryParam("from")
    String from;

    @Parameter(description = "last day, YYYY-MM-DD", example = "2026-12-31")
    @QueryParam("to")
    String to;

    @Parameter(description = "page size", example = "50")
    @QueryParam("limit")
    Integer limit;

    @Parameter(description = "nextCursor of the previous page")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "json (default) or csv", example = "json")
    @QueryParam("format")
    String format;

    @Context
    HttpHeaders headers;

    /** Whether the answer is CSV: {@code format=csv}, or {@code Accept: text/csv} without a format. */
    boolean csv() {
        return Csv.wanted(format, headers);
    }
}
