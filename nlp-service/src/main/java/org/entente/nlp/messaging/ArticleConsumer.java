package org.entente.nlp.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.nlp.domain.Topics;
import org.entente.nlp.service.ArticleProcessor;

/**
 * Reads Article v1 records from {@code articles}. Extraction is CPU work, hence a worker thread;
 * records of one partition are handled in order. A record that fails (malformed, unknown schema
 * version, empty text, events not acknowledged) goes to {@code articles-dlq} with the exception's
 * message as {@code dead-letter-reason}, and the consumer goes on with the next record.
 */
@ApplicationScoped
public class ArticleConsumer {

    private final ArticleProcessor processor;

    public ArticleConsumer(ArticleProcessor processor) {
        this.processor = processor;
    }

    @Incoming(Topics.ARTICLES)
    @Blocking
    public void consume(String recordValue) {
        processor.process(recordValue);
    }
}
