package org.entente.relations.domain;

import java.time.Instant;

/**
 * An Event v1 that passed the consumer's checks ({@code EventReader}): nations known and different,
 * type and modality parsed, confidence in 0..1, every text storable. What the applier takes; the
 * optional integers stay as sent (null when absent) and the event log fills in their defaults.
 */
public record CheckedEvent(
        String id,
        String articleId,
        String articleUrl,
        String articleTitle,
        Integer sentenceIndex,
        String sentence,
        Integer sentenceStart,
        Integer sentenceEnd,
        EventType type,
        String subtype,
        String cameoCode,
        String source,
        String target,
        Modality modality,
        double confidence,
        String trigger,
        Instant eventTime,
        Instant extractedAt,
        String extractorVersion) {
}
