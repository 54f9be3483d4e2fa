package org.entente.nlp.extraction;

import java.util.List;

/** Everything the extractor found in one article text. */
public record Extraction(
        List<NationMention> nations,
        List<OrganizationMention> organizations,
        List<ExtractedEvent> events,
        int tokenCount,
        int sentenceCount) {

    public Extraction {
        nations = List.copyOf(nations);
        organizations = List.copyOf(organizations);
        events = List.copyOf(events);
    }
}
