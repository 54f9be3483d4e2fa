package org.entente.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A feed to register")
public record FeedRequest(
        @Schema(description = "absolute http(s) URL of an RSS or Atom feed", required = true) String url,
        @Schema(description = "seconds between polls; default entente.ingest.default-poll-seconds") Integer pollSeconds,
        @Schema(description = "display name; the feed's own title when absent") String title,
        @Schema(description = "fetch each item's page for its main text (for feeds that carry only summaries)") Boolean fullText) {
}
