package org.entente.relations.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /**
     * Sends every publication, in order, before waiting for any acknowledgement, then waits for them in order. One
     * send and one wait at a time made the n-th alert of a batch wait n round trips to the broker (linger and
     * {@code acks=all} each).
     *
     * @return the leading publications the broker has, and why the next one failed (null when none did): the outbox
     *         marks the leading ones sent and sends the rest again
     */
    public Sent sendInOrder(List<AlertPublication> publications) throws InterruptedException {
        List<CompletableFuture<Void>> acks = new ArrayList<>(publications.size());
        for (AlertPublication publication : publications) {
            Message<String> message = Message.of(publication.payload())
                    .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(publication.pair()).build());
            acks.add(emitter.sendMessage(message).subscribeAsCompletionStage());
        }
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                return new Sent(publications.subList(0, i), e.getCause());
            } catch (TimeoutException e) {
                return new Sent(publications.subList(0, i), e);
            }
        }
        return new Sent(publications, null);
    }

    /** What {@link #sendInOrder} got acknowledged, and the failure that stopped it, if any. */
    public record Sent(List<AlertPublication> acknowledged, Throwable failure) {
    }
}
