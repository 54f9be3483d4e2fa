package org.entente.relations.ties;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.Nations;
import org.entente.relations.domain.Subtypes;
import org.entente.relations.wire.EventMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the raw value of an {@code events} record into a {@link CheckedEvent} (type and modality
 * parsed once, here), or says in one sentence why it never can be applied.
 */
public class EventReader {

    /**
     * An Event v1 carries one sentence of an article whose text nlp-service caps at 100,000 characters;
     * anything much larger is not an event, and would only bloat the event log.
     */
    static final int MAX_VALUE_CHARS = 262_144;
    /** Width of the event log's id columns (V1 migration); longer values would fail the whole batch. */
    static final int MAX_ID_CHARS = 64;
    /** Event v1 {@code evidencePart}: the article text, or its headline. */
    private static final Set<String> EVIDENCE_PARTS = Set.of("text", "title");

    private final ObjectMapper mapper;
    private final Nations nations;
    private final EventTimeWindow window;

    public EventReader(ObjectMapper mapper, Nations nations, EventTimeWindow window) {
        this.mapper = mapper;
        this.nations = nations;
        this.window = window;
    }

    /** Decodes the record's bytes strictly as UTF-8 first; see {@link #read(String)}. */
    public CheckedEvent read(byte[] value) {
        if (value == null) {
            return read((String) null);
        }
        try {
            return read(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString());
        } catch (CharacterCodingException e) {
            // Kafka's StringDeserializer would put U+FFFD in and apply a damaged event as if it were sent so.
            throw new PoisonEventException("invalid_utf8",
                    "record value is not valid UTF-8 (" + e.getMessage() + "); the producer must send UTF-8 JSON", e);
        }
    }

    public CheckedEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("empty", "empty record value; expected an Event v1 JSON object");
        }
        if (json.length() > MAX_VALUE_CHARS) {
            throw new PoisonEventException("too_large", "record value has " + json.length()
                    + " characters, more than the " + MAX_VALUE_CHARS + " an Event v1 can hold; check the producer");
        }
        EventMessage event;
        try {
            event = mapper.readValue(json, EventMessage.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("malformed_json",
                    "value is not a valid Event v1 JSON object: " + e.getOriginalMessage(), e);
        }
        if (event == null) {
            throw new PoisonEventException("malformed_json", "value is JSON null; expected an Event v1 JSON object");
        }
        CheckedEvent checked = check(event);
        checkStorable(event);
        return checked;
    }

    private CheckedEvent check(EventMessage e) {
        if (e.schemaVersion() == null || e.schemaVersion() != EventMessage.SCHEMA_VERSION) {
            throw new PoisonEventException("schema_version",
                    "unsupported schemaVersion " + e.schemaVersion() + "; this consumer reads Event v1");
        }
        require(e.id(), "id");
        require(e.articleId(), "articleId");
        require(e.articleUrl(), "articleUrl");
        require(e.sentence(), "sentence");
        if (e.eventTime() == null) {
            throw missing("eventTime");
        }
        Instant now = Instant.now();
        window.check(e.eventTime(), "eventTime", now);
        if (e.extractedAt() != null) {
            window.check(e.extractedAt(), "extractedAt", now);
        }
        if (!nations.isKnown(e.source()) || !nations.isKnown(e.target())) {
            String bad = nations.isKnown(e.source()) ? e.target() : e.source();
            throw new PoisonEventException("unknown_nation",
                    "unknown nation code '" + bad + "'; use ISO 3166-1 alpha-3, e.g. SAU");
        }
        if (e.source().equals(e.target())) {
            throw new PoisonEventException("self_tie", "source and target are both " + e.source()
                    + "; an event needs two different nations");
        }
        EventType type = EventType.parse(e.type());
        if (type == null) {
            throw new PoisonEventException("unknown_type", "unknown event type '" + e.type()
                    + "'; expected a PLOVER type such as AGREE");
        }
        Modality modality = Modality.parse(e.modality());
        if (modality == null) {
            throw new PoisonEventException("unknown_modality", "unknown modality '" + e.modality()
                    + "'; expected asserted, intent or negated");
        }
        if (e.confidence() == null || e.confidence() < 0.0 || e.confidence() > 1.0) {
            throw new PoisonEventException("bad_confidence", "confidence " + e.confidence()
                    + " is outside 0..1");
        }
        return new CheckedEvent(e.id(), e.articleId(), e.articleUrl(), e.articleTitle(), e.sentenceIndex(),
                e.sentence(), e.sentenceStart(), e.sentenceEnd(), type, e.subtype(), e.cameoCode(), e.source(),
                e.target(), modality, e.confidence(), e.trigger(), e.eventTime(), e.extractedAt(),
                e.extractorVersion(), e.evidencePart() == null ? CheckedEvent.TEXT : e.evidencePart());
    }

    /** What PostgreSQL would refuse: it would fail the transaction of every other event in the batch. */
    private static void checkStorable(EventMessage e) {
        maxLength(e.id(), "id", MAX_ID_CHARS);
        maxLength(e.articleId(), "articleId", MAX_ID_CHARS);
        maxLength(e.extractorVersion(), "extractorVersion", MAX_ID_CHARS);
        if (e.evidencePart() != null && !EVIDENCE_PARTS.contains(e.evidencePart())) {
            // a part this consumer does not know is one whose sentence it would show as the wrong thing
            throw new PoisonEventException("unknown_evidence_part", "unknown evidencePart '"
                    + Quoted.shortened(e.evidencePart()) + "'; expected text or title (the headline), or none");
        }
        if (e.subtype() != null && !Subtypes.isKnown(e.subtype())) {
            throw new PoisonEventException("unknown_subtype", "unknown subtype '" + Quoted.shortened(e.subtype())
                    + "'; expected null or one of " + String.join(", ", Subtypes.ALL));
        }
        if (e.cameoCode() != null && !e.cameoCode().matches("\\d{2,4}")) {
            throw new PoisonEventException("bad_cameo_code", "cameoCode '" + Quoted.shortened(e.cameoCode())
                    + "' is not a CAMEO code; expected two to four digits, e.g. 03");
        }
        for (String text : new String[] { e.id(), e.articleId(), e.articleUrl(), e.articleTitle(), e.sentence(),
                e.trigger(), e.extractorVersion() }) {
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new PoisonEventException("nul_character", "a text field contains a NUL character (\\u0000), "
                        + "which PostgreSQL cannot store; strip control characters in the producer");
            }
        }
    }

    private static void maxLength(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new PoisonEventException("too_long", "field '" + field + "' is longer than " + max
                    + " characters (" + value.length() + ")");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
    }

    private static PoisonEventException missing(String field) {
        return new PoisonEventException("missing_field", "required field '" + field + "' is missing or empty");
    }
}
