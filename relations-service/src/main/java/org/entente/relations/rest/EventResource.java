package org.entente.relations.rest;

import java.util.Locale;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.problem.ProblemException;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.Subtypes;
import org.entente.relations.queries.EventFilter;
import org.entente.relations.queries.EventQueries;
import org.entente.relations.queries.Views;

/** The event log, filtered, newest first, a page at a time. */
@Path("/api/v1/events")
@Tag(name = "events", description = "The events behind the ties, each with its evidence sentence and article")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class EventResource {

    private final EventQueries events;
    private final RequestChecks checks;

    public EventResource(EventQueries events, RequestChecks checks) {
        this.events = events;
        this.checks = checks;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Events filtered by nation, pair, type, subtype, modality and date range", description = "Newest first. Each event is a report of a story event: storyId names it and "
            + "storyReportCount says how many reports it has (GET /api/v1/stories). Pass nextCursor back as cursor for the next page; it is null on the last "
            + "page. Dates are UTC days, both inclusive. CSV with Accept: text/csv or format=csv (the "
            + "cursor of the next page then comes in the Link header).")
    // The JSON answer's schema, for the OpenAPI document: the method returns Response (JSON or CSV).
    @APIResponse(responseCode = "200", description = "one page of events", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventQueries.EventPage.class)))
    public Response list(@BeanParam ListParams p,
            @Parameter(description = "agreement subtype", example = "defense_pact") @QueryParam("subtype") String subtype,
            @Parameter(description = "asserted, intent or negated", example = "asserted") @QueryParam("modality") String modality) {
        RequestChecks.DayRange days = checks.days(p.from, p.to);
        EventFilter filter = new EventFilter(checks.optionalNation(p.nation, "nation"), checks.pair(p.pair),
                checks.type(p.type), subtype(subtype), modality(modality), days.since(), days.until());
        EventQueries.EventPage page = events.list(filter, checks.cursor(p.cursor), checks.limit(p.limit));
        if (!p.csv()) {
            return Response.ok(page, MediaType.APPLICATION_JSON).build();
        }
        Csv csv = new Csv().row("id", "event_time", "type", "subtype", "modality", "source", "target", "weight",
                "contribution", "sentence", "evidence_part", "article_url", "article_title", "story_id",
                "story_report_count", "story_contribution");
        for (Views.Evidence e : page.events()) {
            csv.row(e.id(), e.eventTime(), e.type(), e.subtype(), e.modality(), e.source(), e.target(), e.weight(),
                    e.contribution(), e.sentence(), e.evidencePart(), e.articleUrl(), e.articleTitle(), e.storyId(),
                    e.storyReportCount(), e.storyContribution());
        }
        return csv.page(page.nextCursor());
    }

    private static String subtype(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Subtypes.isKnown(value.strip())) {
            throw ProblemException.badRequest("unknown subtype '" + value + "'; use one of " + Subtypes.ALL);
        }
        return value.strip();
    }

    private static String modality(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Modality modality = Modality.parse(value.strip().toLowerCase(Locale.ROOT));
        if (modality == null) {
            throw ProblemException.badRequest("unknown modality '" + value + "'; use asserted, intent or negated");
        }
        return modality.wireName();
    }
}
