package org.entente.relations.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.entente.relations.alerts.AlertLiveFeed;
import org.entente.relations.config.AlertConfig;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * A comment on every alert stream every {@code stream.heartbeat}: a quiet stream stays inside the HTTP
 * idle timeout (which closes connections that neither send nor take anything, slowloris ones included),
 * and a client that stopped reading fills its bounded buffer and is dropped even when no alert comes.
 * Separately and more often, clients that have taken nothing for the stall timeout are dropped.
 */
@ApplicationScoped
class AlertStreamHeartbeat {

    void start(@Observes StartupEvent started, Vertx vertx, AlertLiveFeed feed, AlertConfig config) {
        vertx.setPeriodic(config.stream().heartbeat().toMillis(), timer -> feed.heartbeat());
        vertx.setPeriodic(stallCheckMillis(config), timer -> feed.dropStalled());
    }

    /** Often enough that a stalled client goes within a sixth of the stall timeout after it. */
    static long stallCheckMillis(AlertConfig config) {
        return Math.max(1_000, config.stream().writeTimeout().toMillis() / 6);
    }
}
