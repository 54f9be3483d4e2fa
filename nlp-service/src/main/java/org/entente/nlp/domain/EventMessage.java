package org.entente.nlp.domain;

import java.time.Instant;

/** Event v1 as written to the {@code events} topic and answered by {@code POST /api/v1/extract}. */
public record EventMessage(
        int schemaVersion,
        String id,
        String articleId,
        String articleUrl,
        String articleTitle,
        int sentenceIndex,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        String evidencePart,
        String type,
        String subtype,
        String cameoCode,
        String source,
        String target,
        String modality,
        double confidence,
        String trigger,
        Instant eventTime,
        Instant extractedAt,
        String extractorVersion) {

    public static final int SCHEMA_VERSION = 1;

    /** The record key on {@code events}: the sorted pair, so one pair's events stay in one partition. */
    public String pairKey() {
        return PairKey.of(source, target);
    }
}
