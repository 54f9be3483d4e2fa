package org.entente.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.service.ArticleProcessor;
import org.entente.nlp.service.PipelineMetrics;
import org.junit.jupiter.api.Test;

/**
 * Whatever a record makes the processor throw, the consumer nacks that record (to articles-dlq, with the
 * exception's message as the reason) and returns normally: an exception let out of {@code consume} fails
 * the channel for good.
 */
class ArticleConsumerTest {

    private static ArticleConsumer consumerThatThrows(Supplier<Throwable> failure) {
        NlpConfig config = (NlpConfig) Proxy.newProxyInstance(NlpConfig.class.getClassLoader(),
                new Class<?>[] {NlpConfig.class}, (proxy, method, args) -> "nlp-service/test");
        ArticleProcessor processor = new ArticleProcessor(null, null, null, null, config, null) {
            @Override
            public List<EventMessage> process(byte[] recordValue) {
                Throwable t = failure.get();
                if (t instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) t;
            }
        };
        return new ArticleConsumer(processor, new PipelineMetrics(new SimpleMeterRegistry()));
    }

    private static String nackReason(ArticleConsumer consumer) {
        AtomicReference<Throwable> nacked = new AtomicReference<>();
        Message<byte[]> record = Message.of(new byte[] {'{'}, () -> CompletableFuture.completedFuture(null),
                reason -> {
                    nacked.set(reason);
                    return CompletableFuture.completedFuture(null);
                });
        consumer.consume(record).toCompletableFuture().join();
        return nacked.get() == null ? null : nacked.get().getMessage();
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
