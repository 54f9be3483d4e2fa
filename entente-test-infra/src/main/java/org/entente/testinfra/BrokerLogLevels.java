package org.entente.testinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The in-process broker and database log a lot at INFO; in a service's test output only their
 * warnings matter. Set through java.util.logging, which Quarkus's log manager also honours.
 */
final class BrokerLogLevels {

    private static final String[] CATEGORIES = {
            "kafka", "state.change.logger", "org.apache.kafka.server", "org.apache.kafka.controller",
            "org.apache.kafka.raft", "org.apache.kafka.storage", "org.apache.kafka.metadata", "org.apache.kafka.image",
            "org.apache.kafka.queue", "org.apache.kafka.coordinator", "org.apache.kafka.snapshot",
            "org.apache.kafka.network", "org.apache.kafka.security", "org.apache.kafka.common.metrics",
            "org.apache.kafka.common.utils.AppInfoParser", "org.apache.kafka.common.config.AbstractConfig", "io.zonky" };

    /** JUL keeps loggers weakly; holding them keeps the levels. */
    private static final List<Logger> HELD = new ArrayList<>();

    private BrokerLogLevels() {
    }

    static synchronized void warningsOnly() {
        for (String category : CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            HELD.add(logger);
        }
    }
}
