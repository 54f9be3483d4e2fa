package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.entente.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What each overlay promises the operator: sizes, HA, topics of docs/contracts.md, where settings come from. */
class OverlayShapeTest {

    private static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "relations-service");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "external" })
    void everyServiceHasADeploymentAServiceAndItsPort(String overlay) {
        Map<String, Integer> ports = Map.of("ingest-service", 8081, "nlp-service", 8082, "relations-service", 8080);
        for (String service : SERVICES) {
            JsonNode container = container(overlay, service);
            assertEquals(ports.get(service), container.path("ports").get(0).path("containerPort").asInt(), service);
            assertEquals(String.valueOf(ports.get(service)), env(container, "QUARKUS_HTTP_PORT").path("value").asText(),
                    service);
            assertEquals(ports.get(service),
                    object(overlay, "Service", service).path("spec").path("ports").get(0).path("port").asInt());
            assertFalse(env(container, "KAFKA_BOOTSTRAP_SERVERS").isMissingNode(),
                    service + " gets no KAFKA_BOOTSTRAP_SERVERS");
        }
        for (String service : List.of("ingest-service", "relations-service")) {
            for (String variable : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD")) {
                assertFalse(env(container(overlay, service), variable).isMissingNode(), service + " gets no " + variable);
            }
        }
        assertTrue(env(container(overlay, "nlp-service"), "QUARKUS_DATASOURCE_JDBC_URL").isMissingNode(),
                "nlp-service has no database");
        assertEquals("entente", object(overlay, "Namespace", "entente").path("metadata").path("name").asText());
        RenderedOverlays.render(overlay).stream().filter(m -> !m.kind().equals("Namespace"))
                .forEach(m -> assertEquals("entente", m.body().path("metadata").path("namespace").asText(),
                        m.id() + " has no namespace"));
    }

    @Test
    void devRunsOneOfEverything() {
        // Autoscaled Deployments leave replicas to their autoscaler: its minimum is what runs.
        assertEquals(1, object("dev", "Deployment", "ingest-service").path("spec").path("replicas").asInt());
        assertEquals(1, object("dev", "HorizontalPodAutoscaler", "relations-service").path("spec").path("minReplicas").asInt());
        assertEquals(1, object("dev", "ScaledObject", "nlp-service").path("spec").path("minReplicaCount").asInt());
        assertEquals(1, object("dev", "Cluster", "entente-db").path("spec").path("instances").asInt());
        assertEquals(1, object("dev", "KafkaNodePool", "broker").path("spec").path("replicas").asInt());
        assertEquals("false", configMapValue("dev", "entente-runtime", "QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
    }

    @Test
    void topicsAreReplicatedAndNlpScalesToThePartitionsOfArticles() {
        // names, partitions and retention: TopicManifestTest, against entente-contracts' topics.json
        Map<String, Integer> partitions = Topics.partitions();
        partitions.keySet().forEach(
                topic -> assertEquals(3, object("prod", "KafkaTopic", topic).path("spec").path("replicas").asInt(), topic));
        JsonNode trigger = object("prod", "ScaledObject", "nlp-service").path("spec").path("triggers").get(0);
        assertEquals("articles", trigger.path("metadata").path("topic").asText());
        assertEquals("nlp-service", trigger.path("metadata").path("consumerGroup").asText());
        assertEquals(partitions.get("articles"),
                object("prod", "ScaledObject", "nlp-service").path("spec").path("maxReplicaCount").asInt(),
                "more nlp-service replicas than `articles` partitions would sit idle");
    }

    @Test
    void prodIsHighlyAvailable() {
        for (String service : List.of("nlp-service", "relations-service")) {
            JsonNode spec = object("prod", "Deployment", service).path("spec");
            assertTrue(spec.path("template").path("spec").path("topologySpreadConstraints").size() >= 1,
                    service + " is not spread over nodes");
        }
        assertEquals(2,
                object("prod", "HorizontalPodAutoscaler", "relations-service").path("spec").path("minReplicas").asInt());
        assertEquals(2, object("prod", "ScaledObject", "nlp-service").path("spec").path("minReplicaCount").asInt());
        assertEquals(3, object("prod", "Cluster", "entente-db").path("spec").path("instances").asInt());
        assertEquals("required",
                object("prod", "Cluster", "entente-db").path("spec").path("affinity").path("podAntiAffinityType").asText());
        assertFalse(
                object("prod", "Cluster", "entente-db").path("spec").path("backup").path("barmanObjectStore").isMissingNode());
        assertEquals("entente-db",
                object("prod", "ScheduledBackup", "entente-db-nightly").path("spec").path("cluster").path("name").asText());
        for (String pool : List.of("controller", "broker")) {
            JsonNode spec = object("prod", "KafkaNodePool", pool).path("spec");
            assertEquals(3, spec.path("replicas").asInt(), pool);
            assertFalse(spec.path("template").path("pod").path("affinity").path("podAntiAffinity").isMissingNode(), pool);
        }
        assertEquals(2, object("prod", "Kafka", "entente-kafka").path("spec").path("kafka").path("config")
                .path("min.insync.replicas").asInt());
        assertEquals("true", configMapValue("prod", "entente-runtime", "QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
        assertEquals("entente-tls",
                object("prod", "Ingress", "relations-service").path("spec").path("tls").get(0).path("secretName").asText());
    }

    @Test
    void prodTurnsKafkaAuthenticationOnWithOneUserPerService() {
        JsonNode listener = object("prod", "Kafka", "entente-kafka").path("spec").path("kafka").path("listeners").get(0);
        assertEquals("scram-sha-512", listener.path("authentication").path("type").asText());
        assertTrue(listener.path("tls").asBoolean());
        for (String service : SERVICES) {
            assertEquals("scram-sha-512",
                    object("prod", "KafkaUser", service).path("spec").path("authentication").path("type").asText());
            assertEquals(service, env(container("prod", service), "KAFKA_SASL_JAAS_CONFIG").path("valueFrom")
                    .path("secretKeyRef").path("name").asText());
        }
        assertEquals("kafka-keda", object("prod", "ScaledObject", "nlp-service").path("spec").path("triggers").get(0)
                .path("authenticationRef").path("name").asText());
    }

    @Test
    void externalTakesConnectionsFromTheOperatorsSecretAndRunsNoInfrastructure() {
        List<String> kinds = RenderedOverlays.render("external").stream().map(Manifest::kind).toList();
        for (String infra : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "ScheduledBackup")) {
            assertFalse(kinds.contains(infra), "external renders a " + infra);
        }
        for (String service : SERVICES) {
            assertEquals("entente-external", env(container("external", service), "KAFKA_BOOTSTRAP_SERVERS").path("valueFrom")
                    .path("secretKeyRef").path("name").asText());
        }
        for (String service : List.of("ingest-service", "relations-service")) {
            JsonNode jdbc = env(container("external", service), "QUARKUS_DATASOURCE_JDBC_URL");
            assertEquals("entente-external", jdbc.path("valueFrom").path("secretKeyRef").path("name").asText(), service);
            assertEquals("jdbc-url", jdbc.path("valueFrom").path("secretKeyRef").path("key").asText(), service);
        }
    }

    private static JsonNode object(String overlay, String kind, String name) {
        return RenderedOverlays.render(overlay).stream()
                .filter(m -> m.kind().equals(kind)
                        && (m.name().equals(name) || kind.equals("ConfigMap") && m.name().startsWith(name + "-")))
                .findFirst().map(Manifest::body)
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + "/" + name));
    }

    private static String configMapValue(String overlay, String configMap, String key) {
        return object(overlay, "ConfigMap", configMap).path("data").path(key).asText();
    }

    private static JsonNode container(String overlay, String deployment) {
        return object(overlay, "Deployment", deployment).path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
