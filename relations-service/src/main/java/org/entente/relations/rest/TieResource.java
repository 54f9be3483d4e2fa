package org.entente.relations.rest;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.problem.ProblemException;
import org.entente.relations.config.RelationsConfig;
import org.entente.relations.queries.TieQueries;
import org.entente.relations.queries.Views;

/** Current tie strength: one pair, or one nation's ties ranked. */
@Path("/api/v1/ties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ties", description = "Current tie strength between nations, -100 (hostile) .. 100 (allied)")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class TieResource {

    private final TieQueries ties;
    private final RequestChecks checks;
    private final RelationsConfig config;

    public TieResource(TieQueries ties, RequestChecks checks, RelationsConfig config) {
        this.ties = ties;
        this.checks = checks;
        this.config = config;
    }

    @GET
    @Operation(summary = "One nation's ties, ranked", description = "order=closest lists the closest partners first, order=worst the worst relations first.")
    public Views.NationTies ranked(
            @Parameter(description = "ISO 3166-1 alpha-3 code", example = "SAU") @QueryParam("nation") String nation,
            @Parameter(description = "closest (default) or worst", example = "closest") @QueryParam("order") String order,
            @Parameter(description = "how many ties to list", example = "20") @QueryParam("limit") Integer limit) {
        String code = checks.nation(nation, "nation");
        return ties.ranked(code, order(order), checks.limit(limit));
    }

    @GET
    @Path("/{a}/{b}")
    @Operation(summary = "One pair's tie, with the events that weigh most", description = "Order-insensitive: /ties/SAU/IRN and /ties/IRN/SAU give the same tie. The per-direction "
            + "scores count only the events one nation directed at the other.")
    public Views.PairTie pair(
            @Parameter(example = "SAU") @PathParam("a") String a,
            @Parameter(example = "IRN") @PathParam("b") String b,
            @Parameter(description = "how many top events to include (0..50)", example = "5") @QueryParam("evidence") Integer evidence) {
        String first = checks.nation(a, "a");
        String second = checks.nation(b, "b");
        if (first.equals(second)) {
            throw ProblemException.badRequest("a and b are both " + first + "; a tie needs two different nations");
        }
        int count = evidence == null ? config.api().defaultEvidence() : evidence;
        if (count < 0 || count > 50) {
            throw ProblemException.badRequest("evidence=" + evidence + " is out of range; use 0..50");
        }
        return ties.pair(first, second, count).orElseThrow(() -> ProblemException.notFound(
                "no events recorded between " + first + " and " + second + " yet"));
    }

    private static TieQueries.Order order(String order) {
        if (order == null || order.isBlank()) {
            return TieQueries.Order.CLOSEST;
        }
        try {
            return TieQueries.Order.valueOf(order.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknown order '" + order + "'; use closest or worst");
        }
    }
}
