package org.entente.ingest.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article pushed directly, bypassing feeds")
public record ArticleRequest(
        @Schema(description = "absolute http(s) URL of the story", required = true) String url,
        @Schema(description = "headline, plain text or HTML") String title,
        @Schema(description = "article body, plain text or HTML", required = true) String text,
        @Schema(description = "ISO-8601 instant, e.g. 2026-11-21T08:00:00Z") Instant publishedAt,
        @Schema(description = "BCP 47 language tag, e.g. en") String language) {
}
