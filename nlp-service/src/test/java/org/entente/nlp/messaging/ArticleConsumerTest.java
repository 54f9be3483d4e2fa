package org.entente.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.service.ArticleProcessor;
import org.entente.nlp.service.PipelineMetrics;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Whatever a record makes the processor throw, the consumer nacks that record (to articles-dlq, with the
 * exception's message as the reason) and returns normally: an exception let out of {@code consume} fails
 * the channel for good.
 */
class ArticleConsumerTest {

    private static ArticleConsumer consumerThatThrows(Supplier<Throwable> failure) {
        return consumer(() -> {
            Throwable t = failure.get();
            if (t instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) t;
        });
    }

    private static ArticleConsumer consumer(Supplier<CompletionStage<List<EventMessage>>> outcome) {
        NlpConfig config = (NlpConfig) Proxy.newProxyInstance(NlpConfig.class.getClassLoader(),
                new Class<?>[] { NlpConfig.class }, (proxy, method, args) -> "nlp-service/test");
        ArticleProcessor processor = new ArticleProcessor(null, null, null, null, config, null) {
            @Override
            public CompletionStage<List<EventMessage>> process(byte[] recordValue) {
                return outcome.get();
            }
        };
        return new ArticleConsumer(processor, new PipelineMetrics(new SimpleMeterRegistry()));
    }

    /** A record that remembers whether it was acknowledged and why it was not. */
    private static final class Record {
        final AtomicBoolean acked = new AtomicBoolean();
        final AtomicReference<Throwable> nacked = new AtomicReference<>();
        final Message<byte[]> message = Message.of(new byte[] { '{' }, () -> {
            acked.set(true);
            return CompletableFuture.completedFuture(null);
        }, reason -> {
            nacked.set(reason);
            return CompletableFuture.completedFuture(null);
        });
    }

    private static String nackReason(ArticleConsumer consumer) {
        Record record = new Record();
        consumer.consume(record.message).toCompletableFuture().join();
        return record.nacked.get() == null ? null : record.nacked.get().getMessage();
    }

    @Test
    void theRecordIsAcknowledgedOnlyOnceTheBrokerHasItsEventsButTheWorkerGoesOnAtOnce() {
        CompletableFuture<List<EventMessage>> brokerAcks = new CompletableFuture<>();
        Record record = new Record();
        CompletionStage<Void> returned = consumer(() -> brokerAcks).consume(record.message);
        assertThat(returned.toCompletableFuture()).as("the worker does not wait for the broker").isDone();
        assertThat(record.acked).as("no commit before the events are on the topic").isFalse();
        brokerAcks.complete(List.of());
        assertThat(record.acked).isTrue();
        assertThat(record.nacked.get()).isNull();
    }

    @Test
    void eventsTheBrokerRefusesLaterDeadLetterTheRecordWithTheSendFailure() {
        CompletableFuture<List<EventMessage>> brokerAcks = new CompletableFuture<>();
        Record record = new Record();
        consumer(() -> brokerAcks).consume(record.message).toCompletableFuture().join();
        brokerAcks.completeExceptionally(new EventsNotSentException(
                "the 3 events of article a1 were not acknowledged by the broker within 30 s", null));
        assertThat(record.acked).isFalse();
        assertThat(record.nacked.get()).hasMessageContaining("were not acknowledged by the broker");
    }

    @Test
    void anExceptionOfTheExtractorDeadLettersTheRecordWithTheReason() {
        assertThat(nackReason(consumerThatThrows(() -> new IllegalStateException("no tokens"))))
                .contains("extracting this article failed (IllegalStateException: no tokens)")
                .contains("articles-dlq");
    }

    @Test
    void aStackOverflowInTheExtractorDeadLettersTheRecord() {
        assertThat(nackReason(consumerThatThrows(StackOverflowError::new)))
                .contains("extracting this article failed (StackOverflowError");
    }

    @Test
    void eventsTheBrokerDidNotTakeDeadLetterTheRecordWithTheSendFailure() {
        assertThat(nackReason(consumerThatThrows(() -> new EventsNotSentException(
                "the 3 events of article a1 were not acknowledged by the broker within 30 s", null))))
                .contains("were not acknowledged by the broker");
    }
}
