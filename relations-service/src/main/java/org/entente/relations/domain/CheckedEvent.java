package org.entente.relations.domain;

import java.time.Instant;

/**
 * An Event v1 that passed the consumer's checks ({@code EventReader}): nations known and different,
 * type and modality parsed, confidence in 0..1, every text storable. What the applier takes; the
 * optional integers stay as sent (null when absent) and the event log fills in their defaults.
 *
 * @param evidencePart {@link #TEXT} or {@link #TITLE}: the part of the article the sentence is from
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
        String extractorVersion,
        String evidencePart) {

    /** An event whose evidence is in the article text. */
    public CheckedEvent(String id, String articleId, String articleUrl, String articleTitle, Integer sentenceIndex,
            String sentence, Integer sentenceStart, Integer sentenceEnd, EventType type, String subtype,
            String cameoCode, String source, String target, Modality modality, double confidence, String trigger,
            Instant eventTime, Instant extractedAt, String extractorVersion) {
        this(id, articleId, articleUrl, articleTitle, sentenceIndex, sentence, sentenceStart, sentenceEnd, type,
                subtype, cameoCode, source, target, modality, confidence, trigger, eventTime, extractedAt,
                extractorVersion, TEXT);
    }

    /** Event v1 {@code evidencePart}: the article text, the default of events sent before the field. */
    public static final String TEXT = "text";
    /** Event v1 {@code evidencePart}: the headline. */
    public static final String TITLE = "title";
}
