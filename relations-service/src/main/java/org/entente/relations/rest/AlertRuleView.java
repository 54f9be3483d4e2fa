package org.entente.relations.rest;

import java.time.Instant;
import java.util.List;

/** An alert rule as the API returns it; the webhook secret is never shown. */
public record AlertRuleView(
        String id,
        String name,
        boolean enabled,
        String severity,
        String nation,
        String pair,
        String trigger,
        List<String> types,
        List<String> subtypes,
        List<String> modalities,
        Double threshold,
        Double change,
        String window,
        String direction,
        String suppress,
        String webhookUrl,
        boolean webhookSigned,
        Instant createdAt,
        Instant updatedAt) {
}
