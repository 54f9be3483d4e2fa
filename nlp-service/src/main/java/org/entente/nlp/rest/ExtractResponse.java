package org.entente.nlp.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.extraction.NationMention;
import org.entente.nlp.extraction.OrganizationMention;

/** Answer of {@code POST /api/v1/extract}: the events carry the same fields as on the topic. */
@Schema(description = "Nations, organizations and events found in the text")
public record ExtractResponse(
        List<NationMention> nations,
        List<OrganizationMention> organizations,
        @Schema(description = "Event v1 records; articleId is a hash of the text since no article was given") List<EventMessage> events,
        @Schema(description = "True when the text was longer than entente.nlp.max-text-chars and was cut") boolean truncated,
        @Schema(description = "Characters received") int textLength,
        @Schema(description = "Characters read by the extractor") int extractedLength,
        int sentenceCount,
        int tokenCount) {
}
