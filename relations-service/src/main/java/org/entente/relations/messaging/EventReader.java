package org.entente.relations.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.Nations;

/**
 * Turns the raw value of an {@code events} record into a checked {@link EventMessage}, or says in
 * one sentence why it never can be applied.
 */
public class EventReader {

    private final ObjectMapper mapper;
    private final Nations nations;

    public EventReader(ObjectMapper mapper, Nations nations) {
        this.mapper = mapper;
        this.nations = nations;
    }

    public EventMessage read(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("empty", "empty record value; expected an Event v1 JSON object");
        }
        EventMessage event;
        try {
            event = mapper.readValue(json, EventMessage.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("malformed_json",
                    "value is not a valid Event v1 JSON object: " + e.getOriginalMessage(), e);
        }
        check(event);
        return event;
    }

    private void check(EventMessage e) {
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
        if (!nations.isKnown(e.source()) || !nations.isKnown(e.target())) {
            String bad = nations.isKnown(e.source()) ? e.target() : e.source();
            throw new PoisonEventException("unknown_nation",
                    "unknown nation code '" + bad + "'; use ISO 3166-1 alpha-3, e.g. SAU");
        }
        if (e.source().equals(e.target())) {
            throw new PoisonEventException("self_tie", "source and target are both " + e.source()
                    + "; an event needs two different nations");
        }
        if (EventType.parse(e.type()) == null) {
            throw new PoisonEventException("unknown_type", "unknown event type '" + e.type()
                    + "'; expected a PLOVER type such as AGREE");
        }
        if (Modality.parse(e.modality()) == null) {
            throw new PoisonEventException("unknown_modality", "unknown modality '" + e.modality()
                    + "'; expected asserted, intent or negated");
        }
        if (e.confidence() == null || e.confidence() < 0.0 || e.confidence() > 1.0) {
            throw new PoisonEventException("bad_confidence", "confidence " + e.confidence()
                    + " is outside 0..1");
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
