package org.entente.relations.ties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.contracts.MessageSchema;
import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.Nations;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventReaderTest {

    private final EventReader reader = new EventReader(new ObjectMapper().findAndRegisterModules(), Nations.load(),
            new EventTimeWindow(java.time.Period.ofYears(30), java.time.Duration.ofDays(1)));

    static String event(String source, String target, String type, int version) {
        return """
                {"schemaVersion": %d, "id": "e1", "articleId": "a1", "articleUrl": "https://news.example.org/a",
                 "articleTitle": "T", "sentenceIndex": 0, "sentence": "Saudi Arabia and Iran agreed.",
                 "sentenceStart": 0, "sentenceEnd": 29, "type": "%s", "subtype": "normalization",
                 "cameoCode": "03", "source": "%s", "target": "%s", "modality": "asserted", "confidence": 0.86,
                 "trigger": "agreed", "eventTime": "2026-11-21T08:00:00Z", "extractedAt": "2026-11-21T08:00:05Z",
                 "extractorVersion": "nlp-service/0.1.0", "someFutureField": 1}
                """.formatted(version, type, source, target);
    }

    @Test
    void readsAValidEventAndIgnoresUnknownFields() {
        CheckedEvent e = reader.read(event("SAU", "IRN", "AGREE", 1));
        assertThat(e.source()).isEqualTo("SAU");
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(e.confidence()).isEqualTo(0.86);
        assertThat(e.eventTime()).hasToString("2026-11-21T08:00:00Z");
    }

    @Test
    void readsEveryExampleOfTheContract() {
        for (JsonNode example : MessageSchema.EVENT.examples()) {
            CheckedEvent e = reader.read(example.toString());
            assertThat(e.id()).isEqualTo(example.path("id").asText());
            assertThat(e.source()).isEqualTo(example.path("source").asText());
            assertThat(e.type().name()).isEqualTo(example.path("type").asText());
            assertThat(e.modality().wireName()).isEqualTo(example.path("modality").asText());
            assertThat(e.subtype()).isEqualTo(example.path("subtype").isNull() ? null : example.path("subtype").asText());
            assertThat(e.sentenceEnd()).isEqualTo(example.path("sentenceEnd").asInt());
            assertThat(e.eventTime()).hasToString(example.path("eventTime").asText());
        }
    }

    @Test
    void rejectsPoisonWithAReasonAPersonCanActOn() {
        assertReason("{not json", "malformed_json", "not a valid Event v1");
        assertReason(event("SAU", "XYZ", "AGREE", 1), "unknown_nation", "unknown nation code 'XYZ'");
        assertReason(event("SAU", "SAU", "AGREE", 1), "self_tie", "two different nations");
        assertReason(event("SAU", "IRN", "HUG", 1), "unknown_type", "unknown event type 'HUG'");
        assertReason(event("SAU", "IRN", "AGREE", 2), "schema_version", "unsupported schemaVersion 2");
        assertReason("", "empty", "empty record value");
    }

    @Test
    void readsAHeadlinesEventLikeAnyOtherAndRefusesAPartItDoesNotKnow() {
        String headline = event("SAU", "IRN", "AGREE", 1).replace("\"sentenceIndex\": 0,",
                "\"sentenceIndex\": 0, \"evidencePart\": \"title\",");
        assertThat(headline).contains("\"evidencePart\": \"title\"");
        assertThat(reader.read(headline).sentence()).isEqualTo("Saudi Arabia and Iran agreed.");
        assertThat(reader.read(headline.replace("\"title\"", "\"text\"")).source()).isEqualTo("SAU");
        assertReason(headline.replace("\"title\"", "\"caption\""), "unknown_evidence_part",
                "unknown evidencePart 'caption'");
    }

    private void assertReason(String json, String metric, String message) {
        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOfSatisfying(PoisonEventException.class,
                        e -> assertThat(e.metricReason()).isEqualTo(metric))
                .hasMessageContaining(message);
    }
}
