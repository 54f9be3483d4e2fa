package org.entente.testinfra;

import java.util.Map;

/** Where the test broker and database answer. */
public record Endpoints(String bootstrapServers, String jdbcUrl, String username, String password) {

    /** The standard Quarkus keys for these endpoints. */
    public Map<String, String> asQuarkusConfig() {
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers,
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", username,
                "quarkus.datasource.password", password);
    }

    /** The same as environment variables, for a service run as a child process. */
    public Map<String, String> asEnvironment() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", username,
                "QUARKUS_DATASOURCE_PASSWORD", password);
    }
}
