package org.entente.relations.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Alerting settings (docs/alerts.md), under {@code entente.relations.alerts}. */
@ConfigMapping(prefix = "entente.relations.alerts")
public interface AlertConfig {

    /** Suppression window of a rule that does not give its own. */
    @WithDefault("PT30M")
    Duration defaultSuppress();

    /**
     * An alert that gathers more events is published again at most this often, so a burst of articles
     * gives one alert and a few updates rather than one message per article.
     */
    @WithDefault("PT10S")
    Duration updateInterval();

    /** How often the outbox is checked when nothing woke it (after a crash or on another instance). */
    @WithDefault("PT1S")
    Duration outboxPoll();

    /** Enabled rules are re-read this often, so rules changed through another instance take effect. */
    @WithDefault("PT5S")
    Duration ruleRefresh();

    Webhook webhook();

    Stream stream();

    /** The SSE stream: each client costs a connection and a buffer, so all of it is bounded. */
    interface Stream {

        /** Concurrent stream clients per instance; more get 503 with Retry-After. */
        @WithDefault("100")
        int maxClients();

        /** A reconnecting client gets at most this many missed alerts (the newest); it lists older ones. */
        @WithDefault("500")
        int replayMax();

        /** A reconnecting client gets only alerts published this recently. */
        @WithDefault("P7D")
        Duration replayRetention();

        /** Events written to a client but not yet taken by it; a client that falls further behind is dropped. */
        @WithDefault("64")
        int buffer();

        /**
         * The kernel send buffer of a stream connection, in bytes (Linux doubles it). Fixed, so a client that stops
         * reading is seen falling behind after a few events instead of after megabytes of autotuned buffer.
         */
        @WithDefault("16384")
        int socketSendBuffer();

        /**
         * How long writes may wait for a client that takes none of them (a replay page, live alerts, heartbeats)
         * before it is dropped as stalled and its connection closed.
         */
        @WithDefault("PT30S")
        Duration writeTimeout();

        /** A comment is sent this often, so proxies and the idle timeout see a live stream. */
        @WithDefault("PT20S")
        Duration heartbeat();
    }

    interface Webhook {

        /** Attempts per delivery before it is marked failed. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failure; doubles after each further one. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        @WithDefault("PT5M")
        Duration maxBackoff();

        @WithDefault("PT10S")
        Duration timeout();

        /**
         * How often the webhook queue is read when nothing woke it: a commit that queues deliveries and a retry falling
         * due wake it at once; this catches retries and leases left by a crashed or another instance.
         */
        @WithDefault("PT10S")
        Duration idlePoll();

        /** Webhooks to loopback addresses (tests, a receiver on the same machine); off in production. */
        @WithDefault("false")
        boolean allowLoopback();

        /** Webhooks to private networks (a receiver inside the cluster); metadata and link-local never. */
        @WithDefault("false")
        boolean allowPrivateNetworks();
    }
}
