package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Grafana dashboard shipped in the entente-grafana-dashboard ConfigMap. */
class DashboardTest {

    private static final Path DASHBOARD = Path.of("k8s/base/dashboards/entente.json");

    @Test
    void coversEveryStageOfThePipeline() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(RenderedOverlays.deployDir().resolve(DASHBOARD).toFile());
        List<String> titles = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            titles.add(panel.path("title").asText());
            assertTrue(ids.add(panel.path("id").asInt()), "duplicate panel id " + panel.path("id"));
            assertFalse(panel.path("targets").isEmpty(), panel.path("title") + " has no query");
            panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText()));
        }
        assertTrue(titles.containsAll(List.of("Throughput per stage", "Consumer lag", "Extraction latency (nlp-service)",
                "Alerts raised", "Feed errors")), titles.toString());
        String all = String.join("\n", expressions);
        for (String metric : List.of("entente_ingest_articles_published_total", "entente_nlp_articles_processed_total",
                "entente_relations_events_applied_total", "kafka_consumergroup_lag", "entente_nlp_extraction_duration_seconds",
                "entente_ingest_feed_polls_total", "topic=\"alerts\"")) {
            assertTrue(all.contains(metric), "no panel queries " + metric);
        }
        expressions.forEach(e -> assertEquals(count(e, '('), count(e, ')'), "unbalanced parentheses in " + e));
    }

    @Test
    void shipsInALabelledConfigMapForGrafanasSidecar() {
        Manifest configMap = RenderedOverlays.render("prod").stream()
                .filter(m -> m.kind().equals("ConfigMap") && m.name().equals("entente-grafana-dashboard")).findFirst()
                .orElseThrow();
        assertEquals("1", configMap.body().at("/metadata/labels/grafana_dashboard").asText());
        assertTrue(configMap.body().at("/data/entente.json").asText().contains("\"uid\": \"entente-pipeline\""));
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
