package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The validators must be able to fail. Each case takes an object of the rendered prod overlay, which
 * passes, breaks one thing in it, and expects the violation to name what broke.
 */
class BrokenManifestTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Arguments> schemaBreaks() {
        return Stream.of(
                broken("Deployment", "relations-service", "/spec/template/spec/containers/0", "resourcez", "{}", "resourcez"),
                broken("Deployment", "relations-service", "/spec", "replicas", "\"two\"", "replicas"),
                broken("Deployment", "relations-service", "/spec/template/spec/containers/0/ports/0", "containerPort",
                        "\"8080\"", "containerPort"),
                broken("Deployment", "relations-service", "/metadata", "nmae", "\"x\"", "nmae"),
                broken("Deployment", "relations-service", "/metadata/labels", "tier", "3", "tier"),
                broken("Service", "relations-service", "/spec/ports/0", "protocl", "\"TCP\"", "protocl"),
                broken("Ingress", "relations-service", "/spec", "ingressClass", "\"nginx\"", "ingressClass"),
                broken("NetworkPolicy", "entente-allow-dns", "/spec/egress/0", "ports", "\"53\"", "ports"),
                broken("PodDisruptionBudget", "nlp-service", "/spec", "maxUnavailble", "1", "maxUnavailble"),
                broken("HorizontalPodAutoscaler", "relations-service", "/spec/metrics/0/resource/target", "averageUtilization",
                        "\"70\"", "averageUtilization"),
                // Strimzi v1 removed spec.kafka.replicas (node pools own it): the v1 schema must refuse it.
                broken("Kafka", "entente-kafka", "/spec/kafka", "replicas", "3", "replicas"),
                broken("Kafka", "entente-kafka", "/spec/kafka/listeners/0", "port", "\"9093\"", "port"),
                broken("Kafka", "entente-kafka", "/spec/kafka/listeners/0", "type", "\"bogus\"", "type"),
                broken("KafkaTopic", "articles", "/spec", "partitions", "\"twelve\"", "partitions"),
                broken("KafkaTopic", "articles", "/spec", "retention", "\"7d\"", "retention"),
                broken("KafkaUser", "nlp-service", "/spec/authorization/acls/0", "operation", "\"Read\"", "operation"),
                broken("KafkaNodePool", "broker", "/spec", "replicas", "\"3\"", "replicas"),
                broken("Cluster", "entente-db", "/spec", "instances", "\"three\"", "instances"),
                // cdk8s spells it endpointUrl; the CRD (and so the API server) only knows endpointURL.
                broken("Cluster", "entente-db", "/spec/backup/barmanObjectStore", "endpointUrl", "\"https://s3\"",
                        "endpointUrl"),
                broken("ScheduledBackup", "entente-db-nightly", "/spec", "schedul", "\"@daily\"", "schedul"),
                broken("ScaledObject", "nlp-service", "/spec", "maxReplicas", "12", "maxReplicas"),
                broken("ScaledObject", "nlp-service", "/spec/triggers/0/metadata", "lagThreshold", "50", "lagThreshold"),
                broken("TriggerAuthentication", "kafka-keda", "/spec/secretTargetRef/0", "secret", "\"keda\"", "secret"),
                broken("ServiceMonitor", "entente-services", "/spec/endpoints/0", "portt", "\"http\"", "portt"),
                broken("PodMonitor", "entente-kafka-exporter", "/spec/podMetricsEndpoints/0", "interval", "30", "interval"),
                broken("PrometheusRule", "entente", "/spec/groups/0/rules/0", "severity", "\"warning\"", "severity"));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("schemaBreaks")
    void schemaValidatorRejects(String kind, String name, String parent, String field, String json, String expected)
            throws Exception {
        Manifest original = find(kind, name);
        SchemaValidator validator = new SchemaValidator(RenderedOverlays.catalog());
        assertEquals(List.of(), validator.violations(original), "the unbroken " + original.id() + " must pass first");

        ObjectNode body = original.body().deepCopy();
        ((ObjectNode) body.at(parent)).set(field, YAML.readTree(json));
        List<String> violations = validator.violations(new Manifest(body));

        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                original.id() + " with " + parent + "/" + field + "=" + json + " should fail naming '" + expected + "', got "
                        + violations);
    }

    @Test
    void unknownKindHasNoSchemaAndFails() throws Exception {
        Manifest widget = new Manifest(YAML.readTree("apiVersion: example.org/v1\nkind: Widget\nmetadata: {name: w}\n"));
        List<String> violations = new SchemaValidator(RenderedOverlays.catalog()).violations(widget);
        assertTrue(violations.size() == 1 && violations.get(0).contains("no schema"), violations.toString());
    }

    static Stream<Arguments> podPolicyBreaks() {
        return Stream.of(
                podBreak("/spec/template/spec/containers/0/resources", "limits", "missing limits",
                        "resources.limits.memory is missing"),
                podBreak("/spec/template/spec/containers/0/resources", "requests", "missing requests",
                        "resources.requests.cpu is missing"),
                podBreak("/spec/template/spec/containers/0", "startupProbe", "missing startup probe",
                        "startupProbe is missing"),
                podBreak("/spec/template/spec/containers/0", "livenessProbe", "missing liveness probe",
                        "livenessProbe is missing"),
                podBreak("/spec/template/spec/containers/0", "readinessProbe", "missing readiness probe",
                        "readinessProbe is missing"),
                podSet("/spec/template/spec/containers/0/securityContext", "runAsNonRoot", "false",
                        "runAsNonRoot must be true"),
                podSet("/spec/template/spec/securityContext", "runAsUser", "0", "runAsUser must not be 0"),
                podSet("/spec/template/spec/containers/0/securityContext", "readOnlyRootFilesystem", "false",
                        "readOnlyRootFilesystem must be true"),
                podSet("/spec/template/spec/containers/0/securityContext", "allowPrivilegeEscalation", "true",
                        "allowPrivilegeEscalation must be false"),
                podSet("/spec/template/spec/containers/0/securityContext", "capabilities", "{drop: [NET_RAW]}",
                        "capabilities.drop must contain ALL"),
                podSet("/spec/template/spec/securityContext", "seccompProfile", "{type: Unconfined}",
                        "seccompProfile.type must be RuntimeDefault"),
                podSet("/spec/template/spec/containers/0", "volumeMounts", "[]", "writable volume at /tmp"),
                podSet("/spec/template/spec/containers/0", "image", "\"entente/nlp-service:latest\"", "pinned tag"),
                podSet("/spec/template/spec", "hostNetwork", "true", "hostNetwork must not be true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("podPolicyBreaks")
    void podPolicyRejects(String description, Function<ObjectNode, ObjectNode> breakIt, String expected) {
        Manifest original = find("Deployment", "nlp-service");
        assertEquals(List.of(), new PodPolicy().violations(List.of(original)), "the unbroken nlp-service must pass first");

        List<String> violations = new PodPolicy().violations(List.of(new Manifest(breakIt.apply(original.body().deepCopy()))));

        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                description + ": expected '" + expected + "', got " + violations);
    }

    @Test
    void wiringPolicyRejectsASecretAnUncoveredDeploymentAMissingConfigMapAndFixedReplicas() throws Exception {
        List<Manifest> manifests = new ArrayList<>(RenderedOverlays.render("prod"));
        assertEquals(List.of(), new WiringPolicy().violations(manifests));
        manifests.add(new Manifest(
                YAML.readTree("apiVersion: v1\nkind: Secret\nmetadata: {name: entente-admin}\nstringData: {token: x}\n")));
        manifests.removeIf(m -> m.kind().equals("PodDisruptionBudget") && m.name().equals("nlp-service"));
        manifests.removeIf(m -> m.kind().equals("ConfigMap") && m.name().startsWith("entente-runtime"));
        manifests.replaceAll(m -> m.id().equals("Deployment/relations-service") ? withReplicas(m, 2) : m);

        List<String> violations = new WiringPolicy().violations(manifests);

        assertTrue(violations.stream().anyMatch(v -> v.startsWith("Secret/entente-admin")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("Deployment/nlp-service: no PodDisruptionBudget")),
                violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("reads ConfigMap 'entente-runtime")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("Deployment/relations-service: sets replicas")),
                violations.toString());
    }

    private static Manifest withReplicas(Manifest deployment, int replicas) {
        ObjectNode body = deployment.body().deepCopy();
        ((ObjectNode) body.path("spec")).put("replicas", replicas);
        return new Manifest(body);
    }

    private static Arguments broken(String kind, String name, String parent, String field, String json, String expected) {
        return Arguments.of(kind, name, parent, field, json, expected);
    }

    private static Arguments podBreak(String parent, String field, String description, String expected) {
        Function<ObjectNode, ObjectNode> remove = body -> {
            ((ObjectNode) body.at(parent)).remove(field);
            return body;
        };
        return Arguments.of(description, remove, expected);
    }

    private static Arguments podSet(String parent, String field, String yaml, String expected) {
        Function<ObjectNode, ObjectNode> set = body -> {
            try {
                ((ObjectNode) body.at(parent)).set(field, YAML.readTree(yaml));
            } catch (Exception e) {
                throw new IllegalArgumentException(yaml, e);
            }
            return body;
        };
        return Arguments.of(field + "=" + yaml, set, expected);
    }

    private static Manifest find(String kind, String name) {
        return RenderedOverlays.render("prod").stream()
                .filter(m -> m.kind().equals(kind) && m.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("prod renders no " + kind + "/" + name));
    }

}
