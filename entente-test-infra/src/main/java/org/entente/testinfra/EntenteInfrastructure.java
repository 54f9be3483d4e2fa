package org.entente.testinfra;

import java.util.Map;

import org.entente.contracts.Topics;
import org.entente.embedded.EmbeddedKafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Kafka broker and PostgreSQL for Entente's tests, started once per JVM and stopped by a
 * shutdown hook. Containers where a Docker engine answers, the embedded broker and database
 * otherwise; {@code ENTENTE_TEST_INFRA=embedded|containers} forces one.
 */
public class EntenteInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The topics every test may rely on, with their partition counts: entente-contracts' topics.json. */
    public static final Map<String, Integer> TOPICS = Topics.testPartitions();

    /*
     * Quarkus may load this class in more than one class loader (one per test profile), so the
     * "once per JVM" state lives in system properties, guarded by an interned string that all
     * class loaders share.
     */
    private static final String LOCK = "org.entente.testinfra.EntenteInfrastructure.lock";
    private static final String PREFIX = "entente.testinfra.";
    /** How many times this JVM started the infrastructure: 1 when sharing works. */
    static final String STARTS = PREFIX + "starts";

    /** Starts the infrastructure on first use; later calls, from any class loader, get the same endpoints. */
    public static Endpoints shared() {
        synchronized (LOCK) {
            Endpoints running = fromSystemProperties();
            if (running != null) {
                return running;
            }
            Endpoints started = InfrastructureMode.choose() == InfrastructureMode.CONTAINERS
                    ? ContainerBackend.start()
                    : EmbeddedBackend.start();
            EmbeddedKafka.createTopics(started.bootstrapServers(), TOPICS);
            toSystemProperties(started);
            System.setProperty(STARTS, String.valueOf(Integer.getInteger(STARTS, 0) + 1));
            return started;
        }
    }

    @Override
    public Map<String, String> start() {
        return shared().asQuarkusConfig();
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM: the shutdown hook stops it.
    }

    private static Endpoints fromSystemProperties() {
        String bootstrap = System.getProperty(PREFIX + "bootstrap-servers");
        if (bootstrap == null) {
            return null;
        }
        return new Endpoints(bootstrap, System.getProperty(PREFIX + "jdbc-url"),
                System.getProperty(PREFIX + "username"), System.getProperty(PREFIX + "password"));
    }

    private static void toSystemProperties(Endpoints e) {
        System.setProperty(PREFIX + "jdbc-url", e.jdbcUrl());
        System.setProperty(PREFIX + "username", e.username());
        System.setProperty(PREFIX + "password", e.password());
        System.setProperty(PREFIX + "bootstrap-servers", e.bootstrapServers());
    }
}
