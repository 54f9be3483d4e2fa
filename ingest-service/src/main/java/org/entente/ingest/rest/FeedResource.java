package org.entente.ingest.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.auth.AdminAccess;
import org.entente.ingest.domain.Feed;
import org.entente.ingest.service.FeedRegistration;
import org.entente.ingest.service.FeedRegistry;
import org.entente.problem.ProblemException;

@Path("/api/v1/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feeds", description = "The registry of polled RSS/Atom feeds")
@Tag(name = AdminApi.TAG, description = AdminApi.TAG_DESCRIPTION)
@RolesAllowed(AdminAccess.ROLE)
@SecurityScheme(securitySchemeName = AdminAccess.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer", description = AdminAccess.SECURITY_SCHEME_DESCRIPTION)
@SecurityRequirement(name = AdminAccess.SECURITY_SCHEME)
public class FeedResource {

    private final FeedRegistry registry;

    public FeedResource(FeedRegistry registry) {
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a feed", description = "Polled at once, then every pollSeconds. 409 if the URL "
            + "is registered already.")
    public Response create(FeedRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("send a JSON body such as {\"url\": \"https://...\", \"pollSeconds\": 300}");
        }
        Feed feed = registry.register(new FeedRegistration(request.url(), request.pollSeconds(), request.title(),
                request.fullText()));
        return Response.created(URI.create("/api/v1/feeds/" + feed.id)).entity(FeedView.of(feed)).build();
    }

    @GET
    @Operation(summary = "List feeds with their polling state")
    public List<FeedView> list() {
        return registry.list().stream().map(FeedView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One feed with its polling state")
    public FeedView get(@PathParam("id") UUID id) {
        return FeedView.of(registry.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop polling a feed and forget it", description = "Articles already published stay "
            + "recorded as seen.")
    public Response delete(@PathParam("id") UUID id) {
        registry.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause polling a feed")
    public FeedView pause(@PathParam("id") UUID id) {
        return FeedView.of(registry.pause(id));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume polling a feed", description = "Polls at once and resets the failure backoff.")
    public FeedView resume(@PathParam("id") UUID id) {
        return FeedView.of(registry.resume(id));
    }
}
