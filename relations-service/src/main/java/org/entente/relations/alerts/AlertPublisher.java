package org.entente.relations.alerts;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.relations.wire.Topics;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Sends one published alert revision to topic {@code alerts} and waits for the broker's ack. */
@ApplicationScoped
public class AlertPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> emitter;

    public AlertPublisher(@Channel(Topics.ALERTS) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Blocks until the broker has the record; throws when it does not, so the outbox tries again. */
    public void send(String pair, String payload) {
        Message<String> message = Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(pair).build());
        emitter.sendMessage(message).await().atMost(ACK_TIMEOUT);
    }
}
