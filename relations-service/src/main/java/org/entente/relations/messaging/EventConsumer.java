package org.entente.relations.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.relations.domain.Nations;
import org.entente.relations.service.EventApplier;
import org.jboss.logging.Logger;

/**
 * Reads Event v1 records from {@code events}, a poll's batch at a time, on a worker thread (JPA never
 * runs on the event loop). Each record that can never be applied is nacked on its own: the channel's
 * dead-letter-queue strategy sends it to {@code events-dlq} with the reason. The rest are applied by
 * {@link EventApplier} in one transaction, in partition order, and the batch is acknowledged once the
 * dead letters are written. A database that is briefly away is waited for, not dead-lettered.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventReader reader;
    private final EventApplier applier;
    private final MeterRegistry registry;

    @Inject
    public EventConsumer(ObjectMapper mapper, Nations nations, EventApplier applier, MeterRegistry registry) {
        this.reader = new EventReader(mapper, nations);
        this.applier = applier;
        this.registry = registry;
    }

    @Incoming(Topics.EVENTS)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<EventMessage> events = new ArrayList<>(batch.getRecords().size());
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch) {
            try {
                events.add(reader.read(record.getPayload()));
            } catch (PoisonEventException e) {
                registry.counter("entente.relations.events.skipped", "reason", e.metricReason()).increment();
                LOG.warnf("event record from %s-%d sent to %s: %s", record.getTopic(), record.getPartition(),
                        Topics.EVENTS_DLQ, e.getMessage());
                deadLetters.add(record.nack(e).toCompletableFuture());
            }
        }
        if (!events.isEmpty()) {
            int applied = applyRetryingWhileDatabaseIsAway(events);
            registry.counter("entente.relations.events.applied").increment(applied);
            if (applied < events.size()) {
                registry.counter("entente.relations.events.skipped", "reason", "duplicate")
                        .increment(events.size() - applied);
            }
        }
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new))
                .thenCompose(written -> batch.ack());
    }

    /**
     * A database that is out of reach holds the partition (order kept, nothing dead-lettered) until it is
     * back; any other failure propagates and the batch goes to the dead-letter topic with the reason.
     */
    private int applyRetryingWhileDatabaseIsAway(List<EventMessage> events) {
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
