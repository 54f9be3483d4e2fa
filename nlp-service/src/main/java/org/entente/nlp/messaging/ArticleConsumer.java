package org.entente.nlp.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.nlp.domain.Topics;
import org.entente.nlp.service.ArticleProcessor;
import org.entente.nlp.service.RejectedTextException;

/**
 * Reads Article v1 records from {@code articles}. Extraction is CPU work, hence a worker thread;
 * records of one partition are handled in order. A record that is not a usable article is nacked:
 * the dead-letter-queue failure strategy writes it to {@code articles-dlq} with the exception's
 * message as {@code dead-letter-reason}, and the consumer goes on with the next record. Any other
 * failure (events not acknowledged by the broker) is nacked the same way, by SmallRye.
 */
@ApplicationScoped
public class ArticleConsumer {

    private final ArticleProcessor processor;

    public ArticleConsumer(ArticleProcessor processor) {
        this.processor = processor;
    }

    @Incoming(Topics.ARTICLES)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> record) {
        try {
            processor.process(record.getPayload());
        } catch (RejectedTextException e) {
            Log.warnf("Article record sent to %s: %s", Topics.ARTICLES_DLQ, e.getMessage());
            return record.nack(e);
        }
        return record.ack();
    }
}
