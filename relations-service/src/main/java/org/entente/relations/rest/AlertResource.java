package org.entente.relations.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.problem.ProblemException;
import org.entente.relations.alerts.AlertLiveFeed;
import org.entente.relations.alerts.AlertOutbox;
import org.entente.relations.alerts.AlertPublication;
import org.entente.relations.config.AlertConfig;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.NationPair;
import org.entente.relations.queries.AlertQueries;

import io.vertx.core.http.HttpServerRequest;

/** Raised alerts: listed with filters, one by id, and live over Server-Sent Events. */
@Path("/api/v1/alerts")
@Tag(name = "alerts", description = "Alerts raised by alert rules (Alert v1, docs/contracts.md)")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class AlertResource {

    /** A replay is sent a page at a time, each taken by the client before the next is read. */
    private static final int REPLAY_PAGE = 50;
    /** A stream place frees when a client leaves; half a minute is a fair first guess for a browser to wait. */
    private static final Duration STREAMS_FULL_RETRY = Duration.ofSeconds(30);

    private final AlertQueries queries;
    private final AlertOutbox outbox;
    private final AlertLiveFeed feed;
    private final AlertParams params;
    private final RequestChecks checks;
    private final AlertConfig config;
    private final AlertStreamDrops drops;

    public AlertResource(AlertQueries queries, AlertOutbox outbox, AlertLiveFeed feed, AlertParams params,
            RequestChecks checks, AlertConfig config, AlertStreamDrops drops) {
        this.queries = queries;
        this.outbox = outbox;
        this.feed = feed;
        this.params = params;
        this.checks = checks;
        this.config = config;
        this.drops = drops;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored alerts, newest first", description = "Every filter is optional. Pass nextCursor back as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "one page of alerts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.Page.class), examples = @ExampleObject(name = "page", value = AlertExamples.PAGE)))
    public AlertView.Page list(
            @Parameter(description = "only alerts of this rule", example = "3f2b6c1e-8a4d-4e7f-9c0b-1d2e3f4a5b6c") @QueryParam("ruleId") String ruleId,
            @Parameter(description = "alerts involving this nation (ISO alpha-3)", example = "SAU") @QueryParam("nation") String nation,
            @Parameter(description = "alerts of this pair, either order", example = "IRN|SAU") @QueryParam("pair") String pair,
            @Parameter(description = "low, medium, high or critical", example = "high") @QueryParam("severity") String severity,
            @Parameter(description = "event, threshold, change or first_contact", example = "event") @QueryParam("kind") String kind,
            @Parameter(description = "raised at or after (date or instant)", example = "2026-11-01") @QueryParam("since") String since,
            @Parameter(description = "raised before (date or instant)", example = "2026-11-22T00:00:00Z") @QueryParam("until") String until,
            @Parameter(description = "page size", example = "50") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        NationPair watched = params.pair(pair, "pair");
        Instant from = params.instant(since, "since");
        Instant to = params.instant(until, "until");
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.badRequest("since=" + since + " is not before until=" + until + "; give since < until");
        }
        Instant cursorAt = null;
        UUID cursorId = null;
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = cursor.split(",", 2);
            if (parts.length != 2) {
                throw ProblemException.badRequest("malformed cursor '" + cursor + "'; pass nextCursor back unchanged");
            }
            cursorAt = params.instant(parts[0], "cursor");
            cursorId = params.id(parts[1], "cursor");
        }
        AlertQueries.Page page = queries.list(new AlertQueries.Filter(params.id(ruleId, "ruleId"),
                checks.optionalNation(nation, "nation"), watched == null ? null : watched.key(),
                params.oneOf(severity, "severity", AlertRuleSpec.Severity.class),
                params.oneOf(kind, "kind", AlertRuleSpec.Trigger.class), from, to, cursorAt, cursorId,
                checks.limit(limit)));
        return new AlertView.Page(page.alerts().stream().map(AlertView::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One alert, with every event and up to 20 sources")
    public AlertView get(@Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") @PathParam("id") String id) {
        UUID alertId = params.id(id, "id");
        return queries.find(alertId).map(AlertView::of).orElseThrow(() -> ProblemException.notFound("no alert " + id
                + "; list alerts with GET /api/v1/alerts"));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Alerts as they are raised (Server-Sent Events)", description = "Each event is named 'alert', carries Alert v1 JSON as data and the publication "
            + "sequence as id. Reconnect with the Last-Event-ID header (browsers do it themselves) or "
            + "?lastEventId= to receive the alerts published after that id (at most the newest "
            + "entente.relations.alerts.stream.replay-max, of the last replay-retention; an event named "
            + "'replay-truncated' says how many were left out), then the live ones. A client that does "
            + "not keep up is disconnected; over max-clients streams the answer is 503 with Retry-After. "
            + "An update of an alert (more sources) arrives as a new event with a higher revision. "
            + "Try: curl -N http://localhost:8080/api/v1/alerts/stream")
    @APIResponse(responseCode = "200", description = "an endless event stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "event", value = AlertExamples.SSE)))
    public void stream(
            @Parameter(description = "the id of the last event received", example = "41") @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "as Last-Event-ID, for clients that cannot set headers", example = "41") @QueryParam("lastEventId") String lastEventIdQuery,
            @Context SseEventSink sink, @Context Sse sse, @Context HttpServerRequest request) {
        long after = params.lastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdQuery);
        AlertConfig.Stream limits = config.stream();
        StreamSocket.capSendBuffer(request, limits.socketSendBuffer());
        AlertStreamClient client = new AlertStreamClient(sink, sse, Math.max(after, 0), limits.buffer(),
                limits.writeTimeout(), reason -> drops.dropped(reason, request), System::nanoTime);
        if (!feed.trySubscribe(client, limits.maxClients())) {
            throw ProblemException.unavailable("this instance already serves " + limits.maxClients()
                    + " alert streams; try again later, or list alerts with GET /api/v1/alerts", null, STREAMS_FULL_RETRY);
        }
        client.greet();
        if (after >= 0) {
            AlertOutbox.ReplayStart start = outbox.replayStart(after, limits.replayMax(),
                    Instant.now().minus(limits.replayRetention()));
            if (start.skipped() > 0) {
                client.replayCut(start.skipped());
            }
            long from = start.after();
            int replayed = 0;
            List<AlertPublication> missed;
            do {
                missed = outbox.after(Math.max(from, client.lastSent()), REPLAY_PAGE);
                client.replay(missed, limits.writeTimeout());
                replayed += missed.size();
                from = missed.isEmpty() ? from : missed.get(missed.size() - 1).seq();
            } while (missed.size() == REPLAY_PAGE && replayed < limits.replayMax() && client.isOpen());
        }
        client.goLive();
    }
}
