package org.entente.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks across objects that a schema cannot see: no Secret is committed, every Deployment is covered by
 * a PodDisruptionBudget and a deny-all NetworkPolicy, Services and autoscalers point at what exists,
 * and every ConfigMap a pod reads is rendered (catching kustomize name-hash mismatches).
 */
public final class WiringPolicy {

    public List<String> violations(List<Manifest> manifests) {
        List<String> out = new ArrayList<>();
        List<Manifest> deployments = ofKind(manifests, "Deployment");
        Set<String> configMaps = new HashSet<>();
        ofKind(manifests, "ConfigMap").forEach(m -> configMaps.add(m.name()));
        for (Manifest m : ofKind(manifests, "Secret")) {
            out.add(m.id() + ": Secrets are never rendered from git; the operator creates them (docs/operations.md)");
        }
        for (Manifest d : deployments) {
            JsonNode podLabels = d.body().path("spec").path("template").path("metadata").path("labels");
            if (ofKind(manifests, "PodDisruptionBudget").stream()
                    .noneMatch(p -> selects(p.body().path("spec").path("selector"), podLabels))) {
                out.add(d.id() + ": no PodDisruptionBudget selects its pods");
            }
            if (ofKind(manifests, "NetworkPolicy").stream()
                    .noneMatch(p -> deniesAll(p) && selects(p.body().path("spec").path("podSelector"), podLabels))) {
                out.add(d.id() + ": no deny-all NetworkPolicy selects its pods");
            }
            checkConfigMapRefs(d, configMaps, out);
        }
        for (Manifest s : ofKind(manifests, "Service")) {
            checkService(s, deployments, out);
        }
        for (Manifest scaler : manifests) {
            if (scaler.kind().equals("HorizontalPodAutoscaler") || scaler.kind().equals("ScaledObject")) {
                String target = scaler.body().path("spec").path("scaleTargetRef").path("name").asText();
                deployments.stream().filter(d -> d.name().equals(target)).findFirst().ifPresentOrElse(
                        d -> {
                            if (d.body().path("spec").has("replicas")) {
                                out.add(d.id() + ": sets replicas although " + scaler.id()
                                        + " owns them; every apply would reset the count");
                            }
                        },
                        () -> out.add(scaler.id() + ": scales Deployment '" + target + "', which is not rendered"));
            }
        }
        return out;
    }

    private static void checkService(Manifest service, List<Manifest> deployments, List<String> out) {
        JsonNode selector = service.body().path("spec").path("selector");
        Manifest backend = deployments.stream()
                .filter(d -> matches(selector, d.body().path("spec").path("template").path("metadata").path("labels")))
                .findFirst().orElse(null);
        if (backend == null) {
            out.add(service.id() + ": its selector matches no Deployment's pods");
            return;
        }
        Set<String> portNames = new HashSet<>();
        for (JsonNode c : backend.body().path("spec").path("template").path("spec").path("containers")) {
            c.path("ports").forEach(p -> portNames.add(p.path("name").asText()));
        }
        for (JsonNode port : service.body().path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            if (target.isTextual() && !portNames.contains(target.asText())) {
                out.add(service.id() + ": targetPort '" + target.asText() + "' is not a port of " + backend.id());
            }
        }
    }

    private static void checkConfigMapRefs(Manifest d, Set<String> configMaps, List<String> out) {
        for (JsonNode c : d.body().path("spec").path("template").path("spec").path("containers")) {
            List<String> names = new ArrayList<>();
            c.path("envFrom").forEach(e -> names.add(e.path("configMapRef").path("name").asText()));
            c.path("env").forEach(e -> names.add(e.path("valueFrom").path("configMapKeyRef").path("name").asText()));
            names.stream().filter(n -> !n.isEmpty() && !configMaps.contains(n))
                    .forEach(n -> out.add(d.id() + ": reads ConfigMap '" + n + "', which is not rendered"));
        }
    }

    private static boolean deniesAll(Manifest policy) {
        JsonNode spec = policy.body().path("spec");
        Set<String> types = new HashSet<>();
        spec.path("policyTypes").forEach(t -> types.add(t.asText()));
        return types.containsAll(List.of("Ingress", "Egress")) && spec.path("ingress").isEmpty()
                && spec.path("egress").isEmpty();
    }

    /** A label selector (matchLabels only; matchExpressions are not used here and count as no match). */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        return !selector.has("matchExpressions") && matches(selector.path("matchLabels"), labels);
    }

    private static boolean matches(JsonNode required, JsonNode labels) {
        if (!required.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = required.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<Manifest> ofKind(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }
}
