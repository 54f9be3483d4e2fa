package org.entente.nlp.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.nlp.domain.EventId;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.extraction.ExtractedEvent;

/**
 * Turns the extractor's events into Event v1 messages. Keeps one message per event id (article,
 * sentence, type, pair), so the topic never carries the same event twice from one run.
 */
public final class EventMapper {

    /** The article the events come from. */
    public record Provenance(String articleId, String url, String title, Instant eventTime) {
    }

    private final String extractorVersion;

    public EventMapper(String extractorVersion) {
        this.extractorVersion = extractorVersion;
    }

    public List<EventMessage> toMessages(List<ExtractedEvent> events, Provenance article, Instant extractedAt) {
        Map<String, EventMessage> byId = new LinkedHashMap<>();
        for (ExtractedEvent event : events) {
            if (event.source() == null || event.target() == null || event.source().equals(event.target())) {
                continue;
            }
            EventMessage message = toMessage(event, article, extractedAt);
            byId.merge(message.id(), message, (kept, other) -> kept.confidence() >= other.confidence() ? kept : other);
        }
        return new ArrayList<>(byId.values());
    }

    private EventMessage toMessage(ExtractedEvent event, Provenance article, Instant extractedAt) {
        String type = event.type().name();
        String id = EventId.of(article.articleId(), event.sentenceIndex(), type, event.source(), event.target());
        return new EventMessage(EventMessage.SCHEMA_VERSION, id, article.articleId(), article.url(), article.title(),
                event.sentenceIndex(), event.sentence(), event.sentenceStart(), event.sentenceEnd(),
                type, event.subtype(), event.cameoCode(), event.source(), event.target(),
                event.modality().wire(), round(event.confidence()), event.trigger(),
                article.eventTime(), extractedAt, extractorVersion);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
