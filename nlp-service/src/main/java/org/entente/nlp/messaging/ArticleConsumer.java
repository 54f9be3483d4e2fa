package org.entente.nlp.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.nlp.domain.Topics;
import org.entente.nlp.service.ArticleProcessor;
import org.entente.nlp.service.PipelineMetrics;
import org.entente.nlp.service.RejectedTextException;
import org.entente.nlp.service.SkipReason;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads Article v1 records from {@code articles}. Extraction is CPU work, hence a worker thread;
 * records of one partition are extracted in order, and each is acknowledged once the broker has its
 * events (the throttled commit strategy commits an offset only when every record before it is
 * acknowledged). Whatever goes wrong with one record (not a usable
 * article, the extractor throws, the broker does not take its events) nacks that record: the
 * dead-letter-queue failure strategy writes it to {@code articles-dlq} with the exception's message as
 * {@code dead-letter-reason}, and the consumer goes on with the next record. An exception let out of
 * this method would fail the channel instead, for good: a restart reads the same record again.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ArticleProcessor processor;
    private final PipelineMetrics metrics;

    public ArticleConsumer(ArticleProcessor processor, PipelineMetrics metrics) {
        this.processor = processor;
        this.metrics = metrics;
    }

    @Incoming(Topics.ARTICLES)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> record) {
        try {
            // Not waited for here: the record is acknowledged (and its offset becomes committable) when the broker
            // has its events, while this worker extracts the next record (docs/reports/bench-2026-12-04-profile.md).
            processor.process(record.getPayload()).whenComplete((events, failure) -> {
                if (failure != null) {
                    sendFailed(record, failure);
                } else {
                    record.ack();
                }
            });
            return CompletableFuture.completedFuture(null);
        } catch (RejectedTextException e) {
            LOG.warnf("Article record sent to %s: %s", Topics.ARTICLES_DLQ, e.getMessage());
            return record.nack(e);
        } catch (RuntimeException | StackOverflowError e) {
            metrics.skipped(SkipReason.EXTRACTION_FAILED);
            RuntimeException failure = new IllegalStateException("extracting this article failed ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the record is kept on "
                    + Topics.ARTICLES_DLQ + ", replay it from there once nlp-service is fixed", e);
            LOG.errorf(e, "Article record sent to %s: %s", Topics.ARTICLES_DLQ, failure.getMessage());
            return record.nack(failure);
        }
    }

    private void sendFailed(Message<byte[]> record, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof EventsNotSentException) {
            metrics.skipped(SkipReason.SEND_FAILED);
        } else {
            metrics.skipped(SkipReason.EXTRACTION_FAILED);
        }
        LOG.errorf("Article record sent to %s: %s", Topics.ARTICLES_DLQ, cause.getMessage());
        record.nack(cause);
    }
}
