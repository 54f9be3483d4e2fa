package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.testinfra.PackageGraph;
import org.junit.jupiter.api.Test;

/**
 * ingest-service: polling and publishing in service over messaging, domain and config. The packages depend on each other in one
 * direction only: a cycle between two means neither can be read,
 * tested or moved without the other (docs/architecture.md, the layout table).
 */
class FeaturePackagesTest {

    private static final Map<String, Set<String>> GRAPH = PackageGraph.of(Path.of("src/main/java/org/entente/ingest"),
            "org.entente.ingest");

    @Test
    void noTwoPackagesDependOnEachOther() {
        assertThat(GRAPH).containsKeys("service", "messaging", "rest", "config", "domain", "backfill");
        assertThat(PackageGraph.cycles(GRAPH)).as("package cycles (each list is one strongly connected set), edges %s", GRAPH)
                .isEmpty();
    }

    @Test
    void theRecordsBelowImportNoOtherPackage() {
        for (String leaf : List.of("domain", "config")) {
            assertThat(GRAPH.getOrDefault(leaf, Set.of())).as("%s imports", leaf).isEmpty();
        }
    }

    @Test
    void findsACycleWhenThereIsOne() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertThat(PackageGraph.cycles(graph)).containsExactly(List.of("a", "b", "c"));
        assertThat(PackageGraph.cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }
}
