package org.entente.nlp.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.domain.ArticleMessage;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.extraction.PloverType;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The topic use case: one Article v1 record in, its Event v1 records out. Returns once the events are
 * sent, with a stage that completes when the broker has acknowledged every one: the caller acknowledges
 * the record only then, so the article is committed after its events (at least once; the stable event
 * ids make a repeat harmless downstream) while the worker already extracts the next article.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final ArticleReader reader;
    private final ExtractionService extraction;
    private final EventMapper mapper;
    private final EventSink publisher;
    private final PipelineMetrics metrics;

    public ArticleProcessor(ObjectMapper json, ExtractionService extraction, EventSink publisher,
            PipelineMetrics metrics, NlpConfig config, DateWindow dateWindow) {
        this.reader = new ArticleReader(json, dateWindow);
        this.extraction = extraction;
        this.mapper = new EventMapper(config.extractorVersion());
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** The record's bytes, decoded strictly as UTF-8 first; see {@link #process(String)}. */
    public CompletionStage<List<EventMessage>> process(byte[] recordValue) {
        String value;
        try {
            value = StrictUtf8.decode(recordValue);
        } catch (RejectedTextException e) {
            metrics.skipped(e.reason());
            throw e;
        }
        return process(value);
    }

    /**
     * @return the events sent, once the broker acknowledged them (empty when the article was skipped as not
     *         English); fails with {@link org.entente.nlp.messaging.EventsNotSentException} when it did not
     * @throws RejectedTextException when the record is not a usable article (dead-lettered by the caller)
     */
    public CompletionStage<List<EventMessage>> process(String recordValue) {
        ArticleMessage article;
        try {
            article = reader.read(recordValue);
        } catch (RejectedTextException e) {
            metrics.skipped(e.reason());
            throw e;
        }
        ExtractionService.ArticleResult found;
        try {
            found = extraction.extractArticle(article.text(), article.title(),
                    LocalDate.ofInstant(article.eventTime(), ZoneOffset.UTC));
        } catch (RejectedTextException e) {
            if (e.reason() == SkipReason.NOT_ENGLISH) {
                LOG.infof("Skipped article %s (%s): %s", article.id(), article.canonicalUrl(), e.getMessage());
                return CompletableFuture.completedFuture(List.of());
            }
            throw new RejectedTextException(e.reason(), "article " + article.id() + ": " + e.getMessage(), e);
        }
        ExtractionService.Result result = found.text();
        if (result.prepared().truncated()) {
            LOG.infof("Article %s cut from %d to %d characters before extraction", article.id(),
                    result.prepared().originalLength(), result.prepared().text().length());
        }
        var provenance = new EventMapper.Provenance(article.id(), article.canonicalUrl(), article.title(),
                article.eventTime());
        List<EventMessage> events = mapper.toMessages(found, provenance, Instant.now());
        long sending = System.nanoTime();
        return publisher.publishAll(article.id(), events).thenApply(acknowledged -> {
            metrics.publishTook(Duration.ofNanos(System.nanoTime() - sending));
            events.forEach(event -> metrics.eventEmitted(PloverType.valueOf(event.type())));
            metrics.articleProcessed();
            return events;
        });
    }
}
