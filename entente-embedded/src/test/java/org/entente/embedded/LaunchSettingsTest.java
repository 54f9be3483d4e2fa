package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void defaultsAreTheDocumentedPorts() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Path.of("/x"), Map.of(), false);
        assertThat(s.kafkaPort()).isEqualTo(19092);
        assertThat(s.postgresPort()).isEqualTo(15432);
        assertThat(s.service("relations-service").port()).isEqualTo(8080);
        assertThat(s.service("ingest-service").port()).isEqualTo(8081);
        assertThat(s.service("nlp-service").port()).isEqualTo(8082);
        assertThat(s.service("nlp-service").jvmArgs()).containsExactly("-Xmx1g", "-XX:-G1UseAdaptiveIHOP",
                "-XX:InitiatingHeapOccupancyPercent=85");
        assertThat(s.service("ingest-service").jvmArgs()).containsExactly("-Xmx384m");
        assertThat(s.externalKafka()).isNull();
        assertThat(s.pidFile()).isEqualTo(Path.of("/x/.entente/launcher.pid"));
    }

    @Test
    void environmentOverridesPortsAndNamesExternalServers() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Path.of("/x"), Map.of(
                "ENTENTE_INGEST_PORT", "9081", "ENTENTE_KAFKA_PORT", "29092",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "QUARKUS_DATASOURCE_JDBC_URL", " "), true);
        assertThat(s.service("ingest-service").port()).isEqualTo(9081);
        assertThat(s.kafkaPort()).isEqualTo(29092);
        assertThat(s.externalKafka()).isEqualTo("broker:9092");
        assertThat(s.externalJdbcUrl()).isNull();
        assertThat(s.sample()).isTrue();
    }

    @Test
    void aBadPortIsRefusedWithItsName() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Path.of("/x"), Map.of("ENTENTE_NLP_PORT", "99999"), false))
                .hasMessageContaining("ENTENTE_NLP_PORT");
    }

    @Test
    void nlpReplicasRunTheSameJarOnTheNextPorts() {
        LaunchSettings s = LaunchSettings.fromEnvironment(Path.of("/x"), Map.of("ENTENTE_NLP_PORT", "9082"), false, 2);
        assertThat(s.services()).extracting(ServiceSpec::name)
                .containsExactly("relations-service", "ingest-service", "nlp-service", "nlp-service-2");
        ServiceSpec replica = s.service("nlp-service-2");
        assertThat(replica.port()).isEqualTo(9083);
        assertThat(replica.runJar(Path.of("/x"))).isEqualTo(Path.of("/x/nlp-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(replica.jvmArgs()).containsExactly("-Xmx1g", "-XX:-G1UseAdaptiveIHOP",
                "-XX:InitiatingHeapOccupancyPercent=85");
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Path.of("/x"), Map.of(), false, 0))
                .hasMessageContaining("--nlp-replicas 0");
    }

    @Test
    void theReplicasOptionIsReadAndStatusShowsTheReplicasTheLauncherStarted() {
        assertThat(Launcher.nlpReplicas(java.util.List.of("--sample", "--nlp-replicas", "2"))).isEqualTo(2);
        assertThat(Launcher.nlpReplicas(java.util.List.of())).isEqualTo(1);
        assertThatThrownBy(() -> Launcher.nlpReplicas(java.util.List.of("--nlp-replicas", "two")))
                .hasMessageContaining("'two'");
        java.util.Properties ports = new java.util.Properties();
        ports.setProperty("nlp-service", "8082");
        ports.setProperty("nlp-service-2", "8083");
        StatusReport status = new StatusReport(LaunchSettings.fromEnvironment(Path.of("/x"), Map.of(), false), System.out);
        assertThat(status.started(ports)).extracting(ServiceSpec::name, ServiceSpec::port)
                .endsWith(org.assertj.core.groups.Tuple.tuple("nlp-service", 8082),
                        org.assertj.core.groups.Tuple.tuple("nlp-service-2", 8083));
    }

    @Test
    void topicsHaveTheLauncherPartitionCounts() {
        assertThat(LaunchSettings.TOPICS).containsEntry("articles", 12).containsEntry("events", 12)
                .containsEntry("alerts", 3).containsEntry("articles-dlq", 1).containsEntry("events-dlq", 1);
    }
}
