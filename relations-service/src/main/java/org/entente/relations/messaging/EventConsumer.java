package org.entente.relations.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.entente.relations.domain.Nations;
import org.entente.relations.service.EventApplier;
import org.jboss.logging.Logger;

/**
 * Reads Event v1 records from {@code events} and hands each to {@link EventApplier}. Runs on a worker
 * thread, one record at a time per channel, so a pair's events keep their partition order and JPA
 * never runs on the event loop. A record that can never be applied is nacked: the channel's
 * dead-letter-queue strategy sends it to {@code events-dlq} with the reason, and the next one goes on.
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
    public CompletionStage<Void> consume(Message<String> message) {
        EventMessage event;
        try {
            event = reader.read(message.getPayload());
        } catch (PoisonEventException e) {
            registry.counter("entente.relations.events.skipped", "reason", e.metricReason()).increment();
            LOG.warnf("event record sent to %s: %s", Topics.EVENTS_DLQ, e.getMessage());
            return message.nack(e);
        }
        if (applier.apply(event)) {
            registry.counter("entente.relations.events.applied").increment();
        } else {
            registry.counter("entente.relations.events.skipped", "reason", "duplicate").increment();
            LOG.debugf("event %s was applied before; ignored", event.id());
        }
        return message.ack();
    }
}
