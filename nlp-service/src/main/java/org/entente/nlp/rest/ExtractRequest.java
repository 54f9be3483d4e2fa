package org.entente.nlp.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/extract}. */
@Schema(description = "A news text to extract nations and events from")
public record ExtractRequest(
        @Schema(required = true, description = "Plain English news text; HTML leftovers are ignored", example = "Turkey signed a defense cooperation agreement with Qatar on Tuesday, Ankara said.") String text,
        @Schema(description = "When the text was published; becomes the events' eventTime (default: now)", example = "2026-11-21T08:00:00Z") Instant publishedAt,
        @Schema(description = "Optional headline, copied into the events' articleTitle and read for events on its own "
                + "(evidencePart title); a title equal to the text is read once, as the headline", example = "Turkey signs defense pact with Qatar") String title,
        @Schema(description = "Optional source URL, copied into the events' articleUrl") String url) {
}
