package org.entente.deploy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every pod Entente runs must have: limits and requests, the three probes, and the Restricted
 * Pod Security Standard (non-root, no privilege escalation, all capabilities dropped, RuntimeDefault
 * seccomp) plus a read-only root filesystem with a writable /tmp for the JVM.
 */
public final class PodPolicy {

    public List<String> violations(List<Manifest> manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest m : manifests) {
            JsonNode pod = podSpec(m);
            if (pod != null) {
                checkPod(m.id(), pod, violations);
            }
        }
        return violations;
    }

    private static JsonNode podSpec(Manifest m) {
        return switch (m.kind()) {
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
                m.body().path("spec").path("template").path("spec");
            case "CronJob" -> m.body().path("spec").path("jobTemplate").path("spec").path("template").path("spec");
            case "Pod" -> m.body().path("spec");
            default -> null;
        };
    }

    private static void checkPod(String id, JsonNode pod, List<String> out) {
        JsonNode podSecurity = pod.path("securityContext");
        for (String hostFlag : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(hostFlag).asBoolean(false)) {
                out.add(id + ": " + hostFlag + " must not be true");
            }
        }
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            out.add(id + ": automountServiceAccountToken must be false (the services never call the Kubernetes API)");
        }
        for (JsonNode c : pod.path("initContainers")) {
            checkContainer(id, c, podSecurity, false, out);
        }
        if (pod.path("containers").isEmpty()) {
            out.add(id + ": has no containers");
        }
        for (JsonNode c : pod.path("containers")) {
            checkContainer(id, c, podSecurity, true, out);
        }
    }

    private static void checkContainer(String id, JsonNode c, JsonNode podSecurity, boolean needsProbes, List<String> out) {
        String where = id + " container '" + c.path("name").asText() + "'";
        for (String kind : List.of("limits", "requests")) {
            for (String resource : List.of("cpu", "memory")) {
                if (c.path("resources").path(kind).path(resource).asText().isBlank()) {
                    out.add(where + ": resources." + kind + "." + resource + " is missing");
                }
            }
        }
        if (needsProbes) {
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                if (c.path(probe).isMissingNode() || c.path(probe).isEmpty()) {
                    out.add(where + ": " + probe + " is missing");
                }
            }
        }
        JsonNode sc = c.path("securityContext");
        if (!effective(sc, podSecurity, "runAsNonRoot").asBoolean(false)) {
            out.add(where + ": runAsNonRoot must be true (on the container or the pod)");
        }
        if (effective(sc, podSecurity, "runAsUser").asInt(-1) == 0) {
            out.add(where + ": runAsUser must not be 0 (root)");
        }
        if (sc.path("privileged").asBoolean(false)) {
            out.add(where + ": privileged must not be true");
        }
        if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
            out.add(where + ": allowPrivilegeEscalation must be false");
        }
        if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
            out.add(where + ": readOnlyRootFilesystem must be true");
        } else if (!mounts(c, "/tmp")) {
            out.add(where + ": a read-only root filesystem needs a writable volume at /tmp for the JVM");
        }
        if (!contains(sc.path("capabilities").path("drop"), "ALL")) {
            out.add(where + ": capabilities.drop must contain ALL");
        }
        String seccomp = effective(sc, podSecurity, "seccompProfile").path("type").asText();
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            out.add(where + ": seccompProfile.type must be RuntimeDefault (on the container or the pod)");
        }
        String image = c.path("image").asText();
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@") && (!lastSegment.contains(":") || lastSegment.endsWith(":latest"))) {
            out.add(where + ": image '" + image + "' needs a pinned tag or digest (not latest)");
        }
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }

    private static boolean mounts(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
