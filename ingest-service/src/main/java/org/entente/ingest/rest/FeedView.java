package org.entente.ingest.rest;

import java.time.Instant;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.ingest.domain.Feed;
import org.entente.netpolicy.UrlRedactor;

@Schema(description = "A registered feed and its polling state")
public record FeedView(
        String id,
        @Schema(description = "the feed URL; a password in it is shown as ***") String url,
        String title,
        int pollSeconds,
        @Schema(description = "active or paused", enumeration = {
                "active", "paused" }) String status,
        @Schema(description = "whether each item's page is fetched for its full text") boolean fullText,
        Instant lastPollAt,
        Instant lastSuccessAt,
        @Schema(description = "why the last failed poll failed; kept after a later success") String lastError,
        Instant lastErrorAt,
        Instant nextPollAt,
        @Schema(description = "failures since the last success; drives the backoff") int consecutiveFailures,
        long itemsSeen,
        long articlesPublished,
        long duplicatesDropped){

    static FeedView of(Feed f) {
        return new FeedView(f.id.toString(), UrlRedactor.redact(f.url), f.title, f.pollSeconds,
                f.status.name().toLowerCase(Locale.ROOT),
                f.fullText, f.lastPollAt, f.lastSuccessAt, f.lastError, f.lastErrorAt, f.nextPollAt,
                f.consecutiveFailures, f.itemsSeen, f.articlesPublished, f.duplicatesDropped);
    }
}
