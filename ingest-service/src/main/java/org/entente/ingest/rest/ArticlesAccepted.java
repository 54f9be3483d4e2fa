package org.entente.ingest.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What became of the pushed articles")
public record ArticlesAccepted(
        @Schema(description = "articles published to topic articles") int accepted,
        @Schema(description = "articles dropped because their URL or text was seen before") int duplicates,
        List<Item> articles) {

    @Schema(name = "AcceptedArticle")
    public record Item(String id, String url,
            @Schema(enumeration = {"published", "duplicate"}) String status) {
    }
}
