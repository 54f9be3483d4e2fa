package org.entente.relations.rest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.auth.AdminAccess;
import org.entente.netpolicy.OutboundAddressPolicy;
import org.entente.netpolicy.UrlRedactor;
import org.entente.problem.Problem;
import org.entente.problem.ProblemException;
import org.entente.relations.alerts.AlertRuleService;
import org.entente.relations.config.AlertConfig;
import org.entente.relations.domain.AlertRule;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.Nations;

/** Alert rules: what to watch, when to fire, how loud. */
@Path("/api/v1/alert-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "alert rules", description = "Rules that raise alerts on events, thresholds, sudden changes and first contacts")
@Tag(name = ApiGroups.ADMIN, description = ApiGroups.ADMIN_DESCRIPTION)
// Rules carry webhook secrets: reading them is admin too.
@RolesAllowed(AdminAccess.ROLE)
@SecurityRequirement(name = AdminAccess.SECURITY_SCHEME)
public class AlertRuleResource {

    private final AlertRuleService rules;
    private final AlertParams params;
    private final AlertRuleChecks checks;

    public AlertRuleResource(AlertRuleService rules, AlertParams params, Nations nations, AlertConfig config,
            OutboundAddressPolicy webhookAddresses) {
        this.rules = rules;
        this.params = params;
        this.checks = new AlertRuleChecks(nations, config.defaultSuppress(), webhookAddresses);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a rule", description = "Takes effect on the next applied event.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "defense pacts involving SAU", value = AlertExamples.RULE_EVENT),
            @ExampleObject(name = "IRN-SAU crosses 20 upward", value = AlertExamples.RULE_THRESHOLD),
            @ExampleObject(name = "sudden cooling, with a webhook", value = AlertExamples.RULE_CHANGE),
            @ExampleObject(name = "first recorded contact", value = AlertExamples.RULE_FIRST_CONTACT) }))
    @APIResponse(responseCode = "201", description = "created", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rule", value = AlertExamples.RULE_VIEW)))
    @APIResponse(responseCode = "400", description = "invalid rule; the title says what to change", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(AlertRuleRequest request) {
        AlertRuleChecks.Checked c = checks.check(request);
        AlertRule rule = rules.create(c.name(), c.enabled(), c.spec(), c.webhookSecret());
        return Response.created(URI.create("/api/v1/alert-rules/" + rule.id)).entity(view(rule)).build();
    }

    @GET
    @Operation(summary = "All rules, oldest first")
    public List<AlertRuleView> list() {
        return rules.all().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rule")
    public AlertRuleView get(@PathParam("id") String id) {
        return view(rules.find(params.id(id, "id")).orElseThrow(() -> notFound(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a rule", description = "Send the whole rule; set enabled=false to pause it.")
    public AlertRuleView replace(@PathParam("id") String id, AlertRuleRequest request) {
        UUID ruleId = params.id(id, "id");
        AlertRuleChecks.Checked c = checks.check(request);
        return view(rules.replace(ruleId, c.name(), c.enabled(), c.spec(), c.webhookSecret())
                .orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a rule", description = "Alerts it raised stay listed.")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id) {
        if (!rules.delete(params.id(id, "id"))) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no alert rule " + id + "; list rules with GET /api/v1/alert-rules");
    }

    private AlertRuleView view(AlertRule rule) {
        AlertRuleSpec s = rules.spec(rule);
        return new AlertRuleView(rule.id.toString(), rule.name, rule.enabled, AlertRuleSpec.wire(s.severity()),
                s.nation(), s.pair(), AlertRuleSpec.wire(s.trigger()), List.copyOf(s.types()),
                List.copyOf(s.subtypes()), List.copyOf(s.modalities()), s.threshold(), s.change(),
                s.windowSeconds() == null ? null : Duration.ofSeconds(s.windowSeconds()).toString(),
                AlertRuleSpec.wire(s.direction()), Duration.ofSeconds(s.suppressSeconds()).toString(),
                UrlRedactor.redact(s.webhookUrl()), rule.webhookSecret != null, rule.createdAt, rule.updatedAt);
    }
}
