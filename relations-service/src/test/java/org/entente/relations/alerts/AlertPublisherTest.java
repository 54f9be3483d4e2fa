package org.entente.relations.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/** A batch of alert publications goes to the broker at once, and only its acknowledged head counts as sent. */
class AlertPublisherTest {

    private final List<String> sentPayloads = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> acks = new CopyOnWriteArrayList<>();

    @Test
    void sendsTheWholeBatchBeforeWaitingForAnyAcknowledgement() throws Exception {
        List<AlertPublication> batch = List.of(publication(1), publication(2), publication(3));
        CompletableFuture<AlertPublisher.Sent> result = sendInBackground(batch);
        assertThat(sentPayloads).as("all three handed to the broker while none is acknowledged")
                .containsExactly("p1", "p2", "p3");
        acks.forEach(ack -> ack.complete(null));
        AlertPublisher.Sent sent = result.get(5, TimeUnit.SECONDS);
        assertThat(sent.acknowledged()).isEqualTo(batch);
        assertThat(sent.failure()).isNull();
    }

    @Test
    void aFailedAcknowledgementStopsTheSentHeadThere() throws Exception {
        List<AlertPublication> batch = List.of(publication(1), publication(2), publication(3));
        CompletableFuture<AlertPublisher.Sent> result = sendInBackground(batch);
        acks.get(0).complete(null);
        acks.get(1).completeExceptionally(new IllegalStateException("not enough replicas"));
        acks.get(2).complete(null);
        AlertPublisher.Sent sent = result.get(5, TimeUnit.SECONDS);
        assertThat(sent.acknowledged()).containsExactly(batch.get(0));
        assertThat(sent.failure()).hasMessage("not enough replicas");
    }

    /** Sends the batch on another thread; returns once the broker has it all or five seconds have passed. */
    private CompletableFuture<AlertPublisher.Sent> sendInBackground(List<AlertPublication> batch)
            throws InterruptedException {
        AlertPublisher publisher = new AlertPublisher(emitter());
        CompletableFuture<AlertPublisher.Sent> result = CompletableFuture.supplyAsync(() -> {
            try {
                return publisher.sendInOrder(batch);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (acks.size() < batch.size() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        return result;
    }

    private static AlertPublication publication(long seq) {
        return new AlertPublication(seq, UUID.randomUUID(), 1, "IRN|SAU", "p" + seq);
    }

    /** The broker's side: each message sent is recorded; its acknowledgement waits for the test to give it. */
    @SuppressWarnings("unchecked")
    private MutinyEmitter<String> emitter() {
        return (MutinyEmitter<String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { MutinyEmitter.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("sendMessage")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Message<String> message = (Message<String>) args[0];
                    return Uni.createFrom().deferred(() -> {
                        sentPayloads.add(message.getPayload());
                        CompletableFuture<Void> ack = new CompletableFuture<>();
                        acks.add(ack);
                        return Uni.createFrom().completionStage(ack);
                    });
                });
    }
}
