package org.entente.relations.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.relations.alerts.AlertLiveFeed;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;

/**
 * What happens to an alert-stream client that is dropped: its connection is closed outright and the drop is
 * counted by reason ({@code entente_alerts_stream_dropped_total}), next to the number of open streams
 * ({@code entente_alerts_stream_clients}), so an operator sees slow clients being let go.
 */
@ApplicationScoped
class AlertStreamDrops {

    private static final Logger LOG = Logger.getLogger(AlertStreamDrops.class);

    private final MeterRegistry registry;

    AlertStreamDrops(MeterRegistry registry, AlertLiveFeed feed) {
        this.registry = registry;
        Gauge.builder("entente.alerts.stream.clients", feed, AlertLiveFeed::subscribers)
                .description("alert-stream clients connected to this instance")
                .register(registry);
    }

    /** Closes the connection: the response's end alone would wait behind bytes the client never takes. */
    void dropped(String reason, HttpServerRequest request) {
        Counter.builder("entente.alerts.stream.dropped")
                .description("alert-stream clients dropped for not taking what was written to them")
                .tag("reason", reason)
                .register(registry)
                .increment();
        LOG.debugf("alert-stream client %s dropped: %s", request == null ? "?" : request.remoteAddress(), reason);
        if (request != null) {
            request.connection().close();
        }
    }
}
