package org.entente.relations.ties;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.relations.config.RelationsConfig;
import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.Nations;
import org.entente.relations.wire.Topics;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads Event v1 records from {@code events}, a poll's batch at a time, on a worker thread (JPA never
 * runs on the event loop). Each record that can never be applied is nacked on its own: the channel's
 * dead-letter-queue strategy sends it to {@code events-dlq} with the reason. The rest are applied by
 * {@link EventApplier} in one transaction, in partition order, and the batch is acknowledged once the
 * dead letters are written. A database that is briefly away is waited for, not dead-lettered. When the
 * database refuses the batch (a value it cannot store, an overflow, a constraint), its events are
 * applied again one transaction each, in order, so the one it refuses goes to the dead-letter topic
 * with the database's reason and the others are applied once: no record stops the consumer.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventReader reader;
    private final EventApplier applier;
    private final MeterRegistry registry;

    @Inject
    public EventConsumer(ObjectMapper mapper, Nations nations, EventApplier applier, MeterRegistry registry,
            RelationsConfig config) {
        this.reader = new EventReader(mapper, nations,
                new EventTimeWindow(config.events().maxAge(), config.events().maxAhead()));
        this.applier = applier;
        this.registry = registry;
    }

    @Incoming(Topics.EVENTS)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<KafkaRecord<String, byte[]>> readable = new ArrayList<>(batch.getRecords().size());
        List<CheckedEvent> events = new ArrayList<>(batch.getRecords().size());
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                events.add(reader.read(record.getPayload()));
                readable.add(record);
            } catch (PoisonEventException e) {
                deadLetters.add(deadLetter(record, e));
            }
        }
        if (!events.isEmpty()) {
            try {
                count(events.size(), applyRetryingWhileDatabaseIsAway(events));
            } catch (RuntimeException refused) {
                LOG.warnf("the database refused a batch of %d events (%s); applying them one at a time",
                        events.size(), DatabaseRefusal.reason(refused));
                deadLetters.addAll(applyOneByOne(readable, events));
            }
        }
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new))
                .thenCompose(written -> batch.ack());
    }

    /** Each event in its own transaction, in order; an event the database refuses is dead-lettered. */
    private List<CompletableFuture<Void>> applyOneByOne(List<KafkaRecord<String, byte[]>> records,
            List<CheckedEvent> events) {
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                count(1, applyRetryingWhileDatabaseIsAway(List.of(events.get(i))));
            } catch (RuntimeException refused) {
                deadLetters.add(deadLetter(records.get(i), new PoisonEventException("database_refused",
                        "the database refused event " + Quoted.shortened(events.get(i).id()) + ": "
                                + DatabaseRefusal.reason(refused),
                        refused)));
            }
        }
        return deadLetters;
    }

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, byte[]> record, PoisonEventException e) {
        registry.counter("entente.relations.events.skipped", "reason", e.metricReason()).increment();
        LOG.warnf("event record from %s-%d sent to %s: %s", record.getTopic(), record.getPartition(),
                Topics.EVENTS_DLQ, e.getMessage());
        return record.nack(e).toCompletableFuture();
    }

    private void count(int events, int applied) {
        registry.counter("entente.relations.events.applied").increment(applied);
        if (applied < events) {
            registry.counter("entente.relations.events.skipped", "reason", "duplicate").increment(events - applied);
        }
    }

    /**
     * A database that is out of reach holds the partition (order kept, nothing dead-lettered) until it is
     * back; any other failure propagates (the caller then dead-letters the one event refused).
     */
    private int applyRetryingWhileDatabaseIsAway(List<CheckedEvent> events) {
        for (int retry = 1;; retry++) {
            try {
                return applier.applyAll(events);
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                registry.counter("entente.relations.events.retried", "reason", "database_unavailable").increment();
                LOG.warnf("database out of reach, retrying %d events (attempt %d): %s", events.size(), retry,
                        e.getMessage());
                try {
                    Thread.sleep(TransientFailures.waitBefore(retry).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
