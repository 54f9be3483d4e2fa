package org.entente.relations.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.problem.ProblemException;
import org.entente.relations.queries.NetworkQueries;

/** The whole tie network of a period, as nodes and edges. */
@Path("/api/v1/network")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "network", description = "Snapshots of the tie network for graph tools")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class NetworkResource {

    private final NetworkQueries network;
    private final RequestChecks checks;

    public NetworkResource(NetworkQueries network, RequestChecks checks) {
        this.network = network;
        this.checks = checks;
    }

    @GET
    @Operation(summary = "Nodes and scored edges for a date range", description = "An edge per pair with events in the range; its score counts only those events, decayed "
            + "to the end of the last day. Default range: the last 90 days.")
    public NetworkQueries.Network snapshot(
            @Parameter(description = "first day, YYYY-MM-DD", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD (default today)", example = "2026-11-21") @QueryParam("to") String to,
            @Parameter(description = "leave out pairs with fewer events", example = "1") @QueryParam("minEvents") Integer minEvents) {
        LocalDate end = checks.date(to, "to", LocalDate.now(ZoneOffset.UTC));
        LocalDate start = checks.date(from, "from", end.minusDays(89));
        checks.range(start, end);
        int min = minEvents == null ? 1 : minEvents;
        if (min < 1) {
            throw ProblemException.badRequest("minEvents=" + minEvents + " must be 1 or more");
        }
        return network.snapshot(start, end, min);
    }
}
