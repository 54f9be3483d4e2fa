package org.entente.relations.wire;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Event v1 as it arrives on topic {@code events} (docs/contracts.md). Unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventMessage(
        Integer schemaVersion,
        String id,
        String articleId,
        String articleUrl,
        String articleTitle,
        Integer sentenceIndex,
        String sentence,
        Integer sentenceStart,
        Integer sentenceEnd,
        /** {@code text} or {@code title} (the headline); null from producers before session 20: text. */
        String evidencePart,
        String type,
        String subtype,
        String cameoCode,
        String source,
        String target,
        String modality,
        Double confidence,
        String trigger,
        Instant eventTime,
        Instant extractedAt,
        String extractorVersion) {

    public static final int SCHEMA_VERSION = 1;
}
