package org.entente.nlp.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.nlp.domain.EventId;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.domain.EvidencePart;
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

    /** The events of the article's text. */
    public List<EventMessage> toMessages(List<ExtractedEvent> events, Provenance article, Instant extractedAt) {
        Map<String, EventMessage> byId = new LinkedHashMap<>();
        add(events, EvidencePart.TEXT, article, extractedAt, byId);
        return new ArrayList<>(byId.values());
    }

    /** The events of both parts of the article: the headline's first, as the article is read. */
    public List<EventMessage> toMessages(ExtractionService.ArticleResult result, Provenance article,
            Instant extractedAt) {
        Map<String, EventMessage> byId = new LinkedHashMap<>();
        add(result.headlineEvents(), EvidencePart.TITLE, article, extractedAt, byId);
        add(result.textEvents(), EvidencePart.TEXT, article, extractedAt, byId);
        return new ArrayList<>(byId.values());
    }

    private void add(List<ExtractedEvent> events, EvidencePart part, Provenance article, Instant extractedAt,
            Map<String, EventMessage> byId) {
        for (ExtractedEvent event : events) {
            if (event.source() == null || event.target() == null || event.source().equals(event.target())) {
                continue;
            }
            EventMessage message = toMessage(event, part, article, extractedAt);
            byId.merge(message.id(), message, (kept, other) -> kept.confidence() >= other.confidence() ? kept : other);
        }
    }

    private EventMessage toMessage(ExtractedEvent event, EvidencePart part, Provenance article, Instant extractedAt) {
        String type = event.type().name();
        String id = EventId.of(article.articleId(), part, event.sentenceIndex(), type, event.source(), event.target());
        return new EventMessage(EventMessage.SCHEMA_VERSION, id, article.articleId(), article.url(), article.title(),
                event.sentenceIndex(), event.sentence(), event.sentenceStart(), event.sentenceEnd(), part.wire(),
                type, event.subtype(), event.cameoCode(), event.source(), event.target(),
                event.modality().wire(), round(event.confidence()), event.trigger(),
                article.eventTime(), extractedAt, extractorVersion);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
