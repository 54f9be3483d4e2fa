package org.entente.relations.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.problem.ProblemException;
import org.entente.relations.domain.HistoryPoint;
import org.entente.relations.domain.Interval;
import org.entente.relations.domain.NationPair;
import org.entente.relations.queries.HistoryQueries;

/** A pair's tie over time, from daily rollups. */
@Path("/api/v1/ties/{a}/{b}/history")
@Tag(name = "ties")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class HistoryResource {

    private final HistoryQueries history;
    private final RequestChecks checks;

    public HistoryResource(HistoryQueries history, RequestChecks checks) {
        this.history = history;
        this.checks = checks;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "A pair's history by day, week or month", description = "Each point is the score at the end of its bucket (UTC), overall and per direction, with "
            + "the number of events in the bucket. Default range: the last 365 days. CSV with "
            + "Accept: text/csv or format=csv.")
    // The JSON answer's schema, for the OpenAPI document: the method returns Response (JSON or CSV).
    @APIResponse(responseCode = "200", description = "the history", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryQueries.History.class)))
    public Response get(
            @Parameter(example = "SAU") @PathParam("a") String a,
            @Parameter(example = "IRN") @PathParam("b") String b,
            @Parameter(description = "first day, YYYY-MM-DD", example = "2025-01-01") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD (default today)", example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "day, week or month (default)", example = "month") @QueryParam("interval") String interval,
            @Parameter(description = "json (default) or csv", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        String first = checks.nation(a, "a");
        String second = checks.nation(b, "b");
        if (first.equals(second)) {
            throw ProblemException.badRequest("a and b are both " + first + "; a tie needs two different nations");
        }
        LocalDate end = checks.date(to, "to", LocalDate.now(ZoneOffset.UTC));
        LocalDate start = checks.date(from, "from", end.minusDays(364));
        checks.range(start, end);
        Interval bucket = interval(interval);
        checks.historySize(start, end, bucket);
        HistoryQueries.History result = history.history(NationPair.of(first, second), start, end, bucket);
        if (!Csv.wanted(format, headers)) {
            return Response.ok(result, MediaType.APPLICATION_JSON).build();
        }
        Csv csv = new Csv().row("pair", "start", "end", "score", "score_" + result.forward().replace('>', '_'),
                "score_" + result.backward().replace('>', '_'), "events");
        for (HistoryPoint p : result.points()) {
            csv.row(result.pair(), p.start(), p.end(), p.score(), p.scoreForward(), p.scoreBackward(), p.eventCount());
        }
        return Response.ok(csv.toString(), Csv.MEDIA_TYPE).build();
    }

    private static Interval interval(String value) {
        if (value == null || value.isBlank()) {
            return Interval.MONTH;
        }
        try {
            return Interval.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknown interval '" + value + "'; use day, week or month");
        }
    }
}
