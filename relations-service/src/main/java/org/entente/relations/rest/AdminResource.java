package org.entente.relations.rest;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.auth.AdminAccess;
import org.entente.problem.ProblemException;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.ScoringParameters;
import org.entente.relations.domain.StoryParameters;
import org.entente.relations.domain.Subtypes;
import org.entente.relations.ties.ActiveScoring;
import org.entente.relations.ties.RecomputeStatus;
import org.entente.relations.ties.Recomputer;

/** Tie-model parameters, and recomputing every tie from the event log with new ones. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Tie-model parameters and recomputation")
@Tag(name = ApiGroups.ADMIN, description = ApiGroups.ADMIN_DESCRIPTION)
@RolesAllowed(AdminAccess.ROLE)
@SecurityScheme(securitySchemeName = AdminAccess.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer", description = AdminAccess.SECURITY_SCHEME_DESCRIPTION)
@SecurityRequirement(name = AdminAccess.SECURITY_SCHEME)
public class AdminResource {

    private final ActiveScoring scoring;
    private final Recomputer recomputer;

    public AdminResource(ActiveScoring scoring, Recomputer recomputer) {
        this.scoring = scoring;
        this.recomputer = recomputer;
    }

    @GET
    @Path("/parameters")
    @Operation(summary = "The tie-model parameters in force, story clustering (stories) included")
    public ScoringParameters parameters() {
        return scoring.current();
    }

    @GET
    @Path("/recompute")
    @Operation(summary = "State of the last recompute")
    public RecomputeStatus status() {
        return recomputer.status();
    }

    @POST
    @Path("/recompute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every story event, tie and rollup from the event log with new parameters", description = "Runs in the background (202); poll GET /api/v1/admin/recompute. The API keeps serving the "
            + "old ties until the new ones are committed, all at once; the consumer waits meanwhile.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "longer memory", value = "{\"halfLifeDays\": 180, \"typeWeights\": {\"FIGHT\": -9.5}, "
            + "\"stories\": {\"windowHours\": 72, \"typeWindowHours\": {\"FIGHT\": 24}}}")))
    public Response recompute(RecomputeRequest request) {
        ScoringParameters parameters = merge(request == null
                ? new RecomputeRequest(null, null, null, null, null, null, null, null)
                : request);
        RecomputeStatus started = recomputer.start(parameters);
        if (started == null) {
            throw ProblemException.conflict("a recompute is already running; poll GET /api/v1/admin/recompute");
        }
        return Response.accepted(started).build();
    }

    private ScoringParameters merge(RecomputeRequest r) {
        ScoringParameters p = scoring.current();
        Map<EventType, Double> weights = new EnumMap<>(EventType.class);
        if (r.typeWeights() != null) {
            r.typeWeights().forEach((name, weight) -> {
                EventType type = EventType.parse(name);
                if (type == null || weight == null) {
                    throw ProblemException.badRequest("typeWeights: '" + name + "' is not a PLOVER type with a number");
                }
                weights.put(type, weight);
            });
        }
        if (r.subtypeBonus() != null) {
            r.subtypeBonus().forEach((name, bonus) -> {
                if (!Subtypes.isKnown(name) || bonus == null) {
                    throw ProblemException.badRequest("subtypeBonus: '" + name + "' is not one of " + Subtypes.ALL);
                }
            });
        }
        double halfLife = or(r.halfLifeDays(), p.halfLifeDays());
        double scale = or(r.scale(), p.scale());
        if (!(halfLife >= ScoringParameters.MIN_HALF_LIFE_DAYS && halfLife <= ScoringParameters.MAX_HALF_LIFE_DAYS)) {
            throw ProblemException.badRequest("halfLifeDays must be from " + (int) ScoringParameters.MIN_HALF_LIFE_DAYS
                    + " to " + (int) ScoringParameters.MAX_HALF_LIFE_DAYS);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw ProblemException.badRequest("scale must be greater than zero");
        }
        return p.withOverrides(weights, r.subtypeBonus() == null ? Map.of() : r.subtypeBonus(),
                or(r.intentFactor(), p.intentFactor()),
                or(r.negatedCooperationFactor(), p.negatedCooperationFactor()),
                or(r.negatedConflictFactor(), p.negatedConflictFactor()), halfLife, scale)
                .withStories(stories(p.stories(), r.stories()));
    }

    private static StoryParameters stories(StoryParameters current, RecomputeRequest.Stories r) {
        if (r == null) {
            return current;
        }
        Map<EventType, Double> windows = null;
        if (r.typeWindowHours() != null) {
            windows = new EnumMap<>(EventType.class);
            for (Map.Entry<String, Double> entry : r.typeWindowHours().entrySet()) {
                EventType type = EventType.parse(entry.getKey());
                if (type == null || entry.getValue() == null) {
                    throw ProblemException.badRequest("stories.typeWindowHours: '" + entry.getKey()
                            + "' is not a PLOVER type with a number of hours");
                }
                windows.put(type, entry.getValue());
            }
        }
        Set<EventType> symmetric = null;
        if (r.symmetricTypes() != null) {
            symmetric = EnumSet.noneOf(EventType.class);
            for (String name : r.symmetricTypes()) {
                EventType type = EventType.parse(name);
                if (type == null) {
                    throw ProblemException.badRequest("stories.symmetricTypes: '" + name + "' is not a PLOVER type");
                }
                symmetric.add(type);
            }
        }
        try {
            return current.with(r.windowHours(), windows, symmetric, r.minSimilarity(), r.corroborationStep(),
                    r.corroborationCap());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("stories." + e.getMessage());
        }
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
