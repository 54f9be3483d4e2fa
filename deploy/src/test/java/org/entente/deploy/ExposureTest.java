package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What reaches in and out: the Ingress serves the dashboard, the API and its description,
 * never /q/metrics or /q/health; relations-service may deliver webhooks to the public internet, not
 * to cluster, private, link-local (cloud metadata) or loopback ranges.
 */
class ExposureTest {

    private static final List<String> INTERNAL_IPV4 = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "169.254.0.0/16", "100.64.0.0/10", "127.0.0.0/8");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "external" })
    void theIngressServesTheDashboardAndApiButNotMetricsOrHealth(String overlay) {
        List<JsonNode> paths = ingressPaths(overlay);
        for (String inside : List.of("/q/metrics", "/q/metrics/", "/q/health", "/q/health/live", "/q/dev-ui")) {
            assertFalse(paths.stream().anyMatch(p -> routes(p, inside)), overlay + ": the Ingress routes " + inside);
        }
        for (String outside : List.of("/", "/index.html", "/js/main.js", "/css/dashboard.css", "/api/v1/ties",
                "/api/v1/alerts/stream", "/q/swagger-ui/", "/q/openapi")) {
            assertTrue(paths.stream().anyMatch(p -> routes(p, outside)), overlay + ": the Ingress does not route " + outside);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "external" })
    void relationsServiceMayCallWebhooksOnThePublicInternetOnly(String overlay) {
        List<JsonNode> blocks = new ArrayList<>();
        RenderedOverlays.render(overlay).stream()
                .filter(m -> m.kind().equals("NetworkPolicy"))
                .filter(m -> "relations-service".equals(m.body().path("spec").path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/name").asText()))
                .forEach(m -> m.body().path("spec").path("egress").forEach(rule -> rule.path("to")
                        .forEach(to -> blocks.add(to.path("ipBlock")))));
        JsonNode internet = blocks.stream().filter(b -> b.path("cidr").asText().equals("0.0.0.0/0")).findFirst()
                .orElseThrow(
                        () -> new AssertionError(overlay + ": no egress from relations-service to the internet (webhooks)"));
        List<String> except = new ArrayList<>();
        internet.path("except").forEach(e -> except.add(e.asText()));
        assertTrue(except.containsAll(INTERNAL_IPV4), overlay + ": webhook egress reaches internal ranges " + except);
        blocks.stream().filter(b -> b.path("cidr").asText().equals("::/0")).forEach(v6 -> {
            List<String> v6Except = new ArrayList<>();
            v6.path("except").forEach(e -> v6Except.add(e.asText()));
            assertTrue(v6Except.containsAll(List.of("fc00::/7", "fe80::/10")), overlay + ": IPv6 webhook egress " + v6Except);
        });
        assertEquals(0, blocks.stream().filter(b -> b.path("except").isEmpty() && b.has("cidr")).count(),
                overlay + ": an egress ipBlock of relations-service has no exceptions");
    }

    private static List<JsonNode> ingressPaths(String overlay) {
        List<JsonNode> paths = new ArrayList<>();
        RenderedOverlays.render(overlay).stream().filter(m -> m.kind().equals("Ingress"))
                .forEach(m -> m.body().path("spec").path("rules")
                        .forEach(rule -> rule.path("http").path("paths").forEach(paths::add)));
        return paths;
    }

    /** Ingress matching: Exact is the whole path; Prefix matches whole path elements. */
    private static boolean routes(JsonNode path, String request) {
        String p = path.path("path").asText();
        if (path.path("pathType").asText().equals("Exact")) {
            return request.equals(p);
        }
        String prefix = p.endsWith("/") ? p : p + "/";
        return request.equals(p) || request.startsWith(prefix) || p.equals("/");
    }
}
