package org.entente.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.domain.Topics;

/** Sends Event v1 records to {@code events}, keyed by the sorted nation pair. */
@ApplicationScoped
public class EventPublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;
    private final NlpConfig config;

    public EventPublisher(@Channel(Topics.EVENTS) MutinyEmitter<String> emitter, ObjectMapper json,
            NlpConfig config) {
        this.emitter = emitter;
        this.json = json;
        this.config = config;
    }

    /**
     * Sends all events and blocks until the broker acknowledged each one.
     *
     * @throws EventsNotSentException when one was refused or not acknowledged within the send timeout
     */
    public void publishAll(String articleId, List<EventMessage> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Uni<Void>> sends = events.stream()
                .map(event -> emitter.sendMessage(KafkaRecord.of(event.pairKey(), toJson(event))))
                .toList();
        try {
            Uni.join().all(sends).andFailFast().await().atMost(config.sendTimeout());
        } catch (RuntimeException e) {
            throw new EventsNotSentException("the " + events.size() + " events of article " + articleId
                    + " were not acknowledged by the broker within " + config.sendTimeout().toSeconds()
                    + " s (" + e.getMessage() + "); check topic '" + Topics.EVENTS
                    + "', then replay this record from " + Topics.ARTICLES_DLQ, e);
        }
    }

    private String toJson(EventMessage event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an Event v1 record always serializes", e);
        }
    }
}
