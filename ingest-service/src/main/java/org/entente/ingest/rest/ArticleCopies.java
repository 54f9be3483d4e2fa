package org.entente.ingest.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article and the copies ingest caught as the same story. Copies never reach Kafka (they
 * would be counted as events), so this is the one place they show: "N copies, M outlets" at ingest.
 */
@Schema(description = "A published article and every copy of it caught at ingest")
public record ArticleCopies(
        String articleId,
        @Schema(description = "copies listed, the original included") int copyCount,
        @Schema(description = "distinct hosts among them") int outletCount,
        @Schema(description = "true when more than the listed copies exist") boolean truncated,
        List<Copy> copies) {

    static final int MAX = 500;

    public record Copy(String url, String host,
            @Schema(enumeration = {
                    "original", "same_url", "url_variant", "same_text", "near_duplicate" }) String match,
            @Schema(description = "shingle similarity to the original, for near duplicates") Double similarity,
            Instant seenAt){
    }

    static ArticleCopies of(String articleId, List<Object[]> rows) {
        List<Copy> copies = new ArrayList<>();
        Set<String> hosts = new HashSet<>();
        for (Object[] r : rows.subList(0, Math.min(MAX, rows.size()))) {
            copies.add(new Copy((String) r[0], (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).doubleValue(), instant(r[4])));
            hosts.add((String) r[1]);
        }
        return new ArticleCopies(articleId, copies.size(), hosts.size(), rows.size() > MAX, List.copyOf(copies));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant();
    }
}
