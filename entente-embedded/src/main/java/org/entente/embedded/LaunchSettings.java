package org.entente.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.contracts.Topics;

/**
 * What {@code ./entente up} starts and where, from the environment. External Kafka or PostgreSQL
 * are used when the standard Quarkus variables name them. {@code adminTokenFromEnvironment} is
 * {@code ENTENTE_ADMIN_TOKEN} (null when unset); {@link #toString()} hides it.
 */
public record LaunchSettings(Path home, int kafkaPort, int postgresPort, String externalKafka,
        String externalJdbcUrl, List<ServiceSpec> services, boolean sample, String adminTokenFromEnvironment,
        SupervisionSettings supervision) {

    /** Settings without an admin token from the environment (one is read from or generated into .entente/). */
    public LaunchSettings(Path home, int kafkaPort, int postgresPort, String externalKafka,
            String externalJdbcUrl, List<ServiceSpec> services, boolean sample) {
        this(home, kafkaPort, postgresPort, externalKafka, externalJdbcUrl, services, sample, null,
                SupervisionSettings.DEFAULTS);
    }

    /** More nlp-service processes than partitions of {@code articles} would sit idle; 4 already need 4 GiB. */
    public static final int MAX_NLP_REPLICAS = 4;

    /**
     * CoreNLP's models are about 720 MiB of live heap in nlp-service's 1 GiB, above G1's initiating occupancy (45 %,
     * adaptive), so G1 kept tracing the models in one concurrent marking cycle after another: 17 % of the process's
     * CPU an article (docs/reports/bench-2026-12-06-sp.md). The same options in DrillStack and deploy/k8s.
     */
    public static final List<String> NLP_GC_OPTIONS = List.of("-XX:-G1UseAdaptiveIHOP",
            "-XX:InitiatingHeapOccupancyPercent=85");

    /** Partitions of each topic the local stack creates: entente-contracts' topics.json. */
    public static final Map<String, Integer> TOPICS = Topics.partitions();

    public static LaunchSettings fromEnvironment(Path home, Map<String, String> env, boolean sample) {
        return fromEnvironment(home, env, sample, 1);
    }

    /**
     * @param nlpReplicas nlp-service processes in consumer group {@code nlp-service}, sharing the partitions of
     *        {@code articles} (nlp-service scaled out): replica r (2, 3, ...) is {@code nlp-service-r} on port
     *        ENTENTE_NLP_PORT + r - 1
     */
    public static LaunchSettings fromEnvironment(Path home, Map<String, String> env, boolean sample, int nlpReplicas) {
        if (nlpReplicas < 1 || nlpReplicas > MAX_NLP_REPLICAS) {
            throw new IllegalArgumentException("--nlp-replicas " + nlpReplicas + " is not between 1 and " + MAX_NLP_REPLICAS
                    + " (each replica loads CoreNLP into a 1 GiB heap)");
        }
        ServiceSpec nlp = new ServiceSpec("nlp-service", port(env, "ENTENTE_NLP_PORT", 8082), "1g", NLP_GC_OPTIONS);
        List<ServiceSpec> services = new java.util.ArrayList<>(List.of(
                new ServiceSpec("relations-service", port(env, "ENTENTE_RELATIONS_PORT", 8080), "384m"),
                new ServiceSpec("ingest-service", port(env, "ENTENTE_INGEST_PORT", 8081), "384m"),
                nlp));
        for (int r = 2; r <= nlpReplicas; r++) {
            services.add(nlp.replica(r, nlp.port() + r - 1));
        }
        return new LaunchSettings(home.toAbsolutePath().normalize(),
                port(env, "ENTENTE_KAFKA_PORT", 19092),
                port(env, "ENTENTE_POSTGRES_PORT", 15432),
                blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                blankToNull(env.get("QUARKUS_DATASOURCE_JDBC_URL")),
                List.copyOf(services),
                sample,
                blankToNull(env.get(AdminToken.VARIABLE)),
                SupervisionSettings.fromEnvironment(env));
    }

    @Override
    public String toString() {
        return "LaunchSettings[home=" + home + ", kafkaPort=" + kafkaPort + ", postgresPort=" + postgresPort
                + ", externalKafka=" + externalKafka + ", externalJdbcUrl=" + externalJdbcUrl + ", services=" + services
                + ", sample=" + sample + ", adminTokenFromEnvironment="
                + (adminTokenFromEnvironment == null ? "unset" : "hidden")
                + ", supervision=" + supervision + "]";
    }

    public Path stateDir() {
        return home.resolve(".entente");
    }

    public Path logDir() {
        return stateDir().resolve("logs");
    }

    public Path pidFile() {
        return stateDir().resolve("launcher.pid");
    }

    public Path portsFile() {
        return stateDir().resolve("launcher.ports");
    }

    /** What the supervisor saw last: pid, restarts and the last reason per service. */
    public Path supervisionFile() {
        return stateDir().resolve("supervision.properties");
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "='" + value + "' is not a TCP port (1-65535)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
