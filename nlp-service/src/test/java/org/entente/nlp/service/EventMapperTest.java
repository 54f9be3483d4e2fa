package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.entente.nlp.domain.EventId;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.domain.EvidencePart;
import org.entente.nlp.extraction.ExtractedEvent;
import org.entente.nlp.extraction.Modality;
import org.entente.nlp.extraction.PloverType;
import org.junit.jupiter.api.Test;

class EventMapperTest {

    private static final String SENTENCE = "Saudi Arabia and Iran agreed to restore diplomatic relations.";
    private static final Instant PUBLISHED = Instant.parse("2026-11-21T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:05Z");

    private final EventMapper mapper = new EventMapper("nlp-service/test");
    private final EventMapper.Provenance article = new EventMapper.Provenance("abc", "https://news.example.org/a", "Title",
            PUBLISHED);

    private static ExtractedEvent event(String source, String target, double confidence) {
        return new ExtractedEvent(2, SENTENCE, 100, 100 + SENTENCE.length(), PloverType.AGREE, "normalization",
                "03", source, target, Modality.ASSERTED, confidence, "agreed");
    }

    @Test
    void mapsEveryContractField() {
        EventMessage message = mapper.toMessages(List.of(event("SAU", "IRN", 0.8567)), article, NOW).get(0);
        assertThat(message.schemaVersion()).isEqualTo(1);
        assertThat(message.id()).isEqualTo(EventId.of("abc", 2, "AGREE", "SAU", "IRN")).hasSize(32);
        assertThat(message.articleUrl()).isEqualTo("https://news.example.org/a");
        assertThat(message.articleTitle()).isEqualTo("Title");
        assertThat(message.sentence()).isEqualTo(SENTENCE);
        assertThat(message.sentenceStart()).isEqualTo(100);
        assertThat(message.type()).isEqualTo("AGREE");
        assertThat(message.subtype()).isEqualTo("normalization");
        assertThat(message.cameoCode()).isEqualTo("03");
        assertThat(message.modality()).isEqualTo("asserted");
        assertThat(message.confidence()).isEqualTo(0.857);
        assertThat(message.eventTime()).isEqualTo(PUBLISHED);
        assertThat(message.extractedAt()).isEqualTo(NOW);
        assertThat(message.extractorVersion()).isEqualTo("nlp-service/test");
        assertThat(message.pairKey()).isEqualTo("IRN|SAU");
    }

    @Test
    void keepsOneMessagePerIdWithTheHigherConfidence() {
        List<EventMessage> messages = mapper.toMessages(
                List.of(event("SAU", "IRN", 0.5), event("SAU", "IRN", 0.9), event("IRN", "SAU", 0.7)), article, NOW);
        assertThat(messages).extracting(EventMessage::confidence).containsExactly(0.9, 0.7);
    }

    @Test
    void saysWhichPartEachEventIsFromAndPutsTheHeadlinesFirst() {
        String headline = "Turkey signs defense pact with Qatar";
        ExtractedEvent titled = new ExtractedEvent(0, headline, 0, headline.length(), PloverType.AGREE, "defense_pact",
                "03", "TUR", "QAT", Modality.ASSERTED, 0.8, "signs");
        var result = new ExtractionService.ArticleResult(null, List.of(event("SAU", "IRN", 0.9)), List.of(titled));

        List<EventMessage> messages = mapper.toMessages(result, article, NOW);

        assertThat(messages).extracting(EventMessage::evidencePart).containsExactly("title", "text");
        assertThat(messages.get(0).id()).isEqualTo(EventId.of("abc", EvidencePart.TITLE, 0, "AGREE", "TUR", "QAT"));
        assertThat(messages.get(0).sentence()).isEqualTo(headline.substring(messages.get(0).sentenceStart(),
                messages.get(0).sentenceEnd()));
        assertThat(messages.get(1).id()).isEqualTo(EventId.of("abc", 2, "AGREE", "SAU", "IRN"));
        assertThat(mapper.toMessages(List.of(event("SAU", "IRN", 0.9)), article, NOW))
                .extracting(EventMessage::evidencePart).containsExactly("text");
    }

    @Test
    void dropsEventsWithoutTwoDistinctNations() {
        assertThat(mapper.toMessages(List.of(event("SAU", "SAU", 0.9), event(null, "IRN", 0.9)), article, NOW))
                .isEmpty();
    }
}
