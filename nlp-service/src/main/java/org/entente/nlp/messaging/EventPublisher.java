package org.entente.nlp.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.domain.Topics;
import org.entente.nlp.service.EventSink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/**
 * Sends Event v1 records to {@code events}, keyed by the sorted nation pair, and says when the broker has
 * acknowledged an article's events (the article's record is acknowledged then, not before). At most
 * {@link #MAX_IN_FLIGHT} events are unacknowledged at any time, across all workers, and the emitter's
 * buffer holds that many: so a send waits for room instead of overflowing the emitter ("Insufficient
 * downstream requests to emit item" took the consumer down on a 3,125-event article).
 */
@ApplicationScoped
public class EventPublisher implements EventSink {

    /** Both the emitter's buffer and the bound on unacknowledged sends; equal, so the buffer never overflows. */
    static final int MAX_IN_FLIGHT = 256;

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;
    private final NlpConfig config;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

    public EventPublisher(
            @Channel(Topics.EVENTS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = MAX_IN_FLIGHT) MutinyEmitter<String> emitter,
            ObjectMapper json, NlpConfig config) {
        this.emitter = emitter;
        this.json = json;
        this.config = config;
    }

    /**
     * Sends all events, pipelined, without waiting for the broker: the worker goes on with the next article
     * while the acknowledgements come in (docs/reports/bench-2026-12-04-profile.md: workers sat 71 s of 490 in this wait).
     * Blocks only while {@link #MAX_IN_FLIGHT} events are unacknowledged.
     *
     * @return completes once the broker acknowledged every event; fails with {@link EventsNotSentException}
     *         when one was refused or not acknowledged within the send timeout
     */
    @Override
    public CompletableFuture<Void> publishAll(String articleId, List<EventMessage> events) {
        if (events.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<CompletableFuture<Void>> sends = new ArrayList<>(events.size());
        try {
            for (EventMessage event : events) {
                sends.add(send(event, deadline));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(notSent(articleId, events.size(), e));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(notSent(articleId, events.size(), e));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        all.whenComplete((ok, failure) -> {
            if (failure == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(notSent(articleId, events.size(), failure));
            }
        });
        return acknowledged;
    }

    private CompletableFuture<Void> send(EventMessage event, long deadline) throws InterruptedException {
        if (!inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException(MAX_IN_FLIGHT + " events were still waiting for the broker");
        }
        try {
            return emitter.sendMessage(KafkaRecord.of(event.pairKey(), toJson(event)))
                    .subscribeAsCompletionStage()
                    .whenComplete((ok, failure) -> inFlight.release());
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    private EventsNotSentException notSent(String articleId, int count, Throwable e) {
        Throwable cause = e;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof java.util.concurrent.TimeoutException) {
            cause = new java.util.concurrent.TimeoutException("no acknowledgement");
        }
        return new EventsNotSentException("the " + count + " events of article " + articleId
                + " were not acknowledged by the broker within " + config.sendTimeout().toSeconds()
                + " s (" + cause + "); check topic '" + Topics.EVENTS
                + "', then replay this record from " + Topics.ARTICLES_DLQ, cause);
    }

    private String toJson(EventMessage event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an Event v1 record always serializes", e);
        }
    }
}
