package org.entente.relations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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
    }
}
