package org.entente.ingest.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What became of the pushed articles")
public record ArticlesAccepted(
        @Schema(description = "articles published to topic articles") int accepted,
        @Schema(description = "articles not published again: the same URL, a URL variant, the same or a nearly "
                + "identical text as an article published before; recorded as further reports of that story") int duplicates,
        List<Item> articles) {

    @Schema(name = "AcceptedArticle")
    public record Item(String id, String url,
            @Schema(enumeration = {
                    "published", "duplicate" }) String status,
            @Schema(description = "for a duplicate: the id of the published article of the same story", nullable = true) String duplicateOf){
    }
}
