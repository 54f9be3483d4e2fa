package org.entente.relations.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /api/v1/alert-rules, as a person writes it. */
@Schema(description = "An alert rule. Watch everything (no nation, no pair), one nation, or one pair.")
public record AlertRuleRequest(
        @Schema(description = "what a person calls it", example = "Saudi defense pacts") String name,
        @Schema(description = "default true") Boolean enabled,
        @Schema(description = "low, medium (default), high or critical", example = "high") String severity,
        @Schema(description = "optional check: all, nation or pair; must agree with nation and pair", example = "nation") String scope,
        @Schema(description = "watch events involving this nation (ISO alpha-3)", example = "SAU") String nation,
        @Schema(description = "watch this pair, either order", example = "IRN|SAU") String pair,
        @Schema(description = "event, threshold, change or first_contact", example = "event") String trigger,
        @Schema(description = "event rules: PLOVER types; empty = any", example = "[\"AGREE\"]") List<String> types,
        @Schema(description = "event rules: agreement subtypes; empty = any", example = "[\"defense_pact\"]") List<String> subtypes,
        @Schema(description = "event rules: asserted, intent, negated; empty = any", example = "[\"asserted\"]") List<String> modalities,
        @Schema(description = "threshold rules: the score (-100..100) to watch being crossed", example = "20") Double threshold,
        @Schema(description = "change rules: how far the score must move (0..200)", example = "15") Double change,
        @Schema(description = "change rules: ISO-8601 duration of the window", example = "P7D") String window,
        @Schema(description = "up (warming), down (cooling) or either (default)", example = "up") String direction,
        @Schema(description = "ISO-8601 duration; one rule and pair raise one alert within it (PT0S = never "
                + "suppress); default from entente.relations.alerts.default-suppress", example = "PT30M") String suppress,
        @Schema(description = "the same as suppress, in seconds; give one of the two", example = "1800") Long suppressSeconds,
        @Schema(description = "optional webhook; alerts are POSTed to it, signed with the secret") Webhook webhook) {

    /** Where to POST alerts; the secret keys the HMAC-SHA256 signature header and is never returned. */
    public record Webhook(
            @Schema(example = "https://hooks.example.org/entente") String url,
            @Schema(description = "at least 16 characters", example = "a-long-shared-secret-value") String secret) {
    }
}
