package org.entente.relations.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.relations.queries.StoryFilter;
import org.entente.relations.queries.StoryQueries;
import org.entente.relations.queries.StoryViews;

/** Story events: the reports of one event across articles and outlets, newest first, a page at a time. */
@Path("/api/v1/stories")
@Tag(name = "stories", description = "Story events: one event as reported by several outlets, with every report")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class StoryResource {

    private final StoryQueries stories;
    private final RequestChecks checks;

    public StoryResource(StoryQueries stories, RequestChecks checks) {
        this.stories = stories;
        this.checks = checks;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Story events filtered by nation, pair, type and date range", description = "Newest first by the first report's event time. Each story lists its reports (article, "
            + "outlet, sentence, time; at most " + StoryQueries.MAX_REPORTS + ", reportCount counts all). "
            + "Pass nextCursor back as cursor for the next page; it is null on the last page. Dates are UTC "
            + "days, both inclusive. CSV with Accept: text/csv or format=csv: one row per story (the cursor "
            + "of the next page then comes in the Link header).")
    // The JSON answer's schema, for the OpenAPI document: the method returns Response (JSON or CSV).
    @APIResponse(responseCode = "200", description = "one page of story events", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryViews.Page.class)))
    public Response list(@BeanParam ListParams p) {
        RequestChecks.DayRange days = checks.days(p.from, p.to);
        StoryFilter filter = new StoryFilter(checks.optionalNation(p.nation, "nation"), checks.pair(p.pair),
                checks.type(p.type), days.since(), days.until());
        StoryViews.Page page = stories.list(filter, checks.cursor(p.cursor), checks.limit(p.limit));
        if (!p.csv()) {
            return Response.ok(page, MediaType.APPLICATION_JSON).build();
        }
        Csv csv = new Csv().row("story_id", "first_reported_at", "type", "source", "target", "outlet_count",
                "report_count", "weight", "contribution", "score_contribution", "outlets");
        for (StoryViews.StoryView s : page.stories()) {
            csv.row(s.id(), s.firstReportedAt(), s.type(), s.source(), s.target(), s.outletCount(), s.reportCount(),
                    s.weight(), s.contribution(), s.scoreContribution(), String.join(" ", s.outlets()));
        }
        return csv.page(page.nextCursor());
    }
}
