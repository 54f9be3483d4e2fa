package org.entente.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The checks every service's {@code FeaturePackagesTest} runs on its own packages: they depend on each other in one
 * direction only (a cycle between two means neither can be read, tested or moved without the other), and the record
 * packages below import none of the others (docs/architecture.md, the layout table).
 */
public abstract class FeaturePackagesContract {

    private final Map<String, Set<String>> graph;
    private final List<String> expected;
    private final List<String> leaves;

    /**
     * @param base the service's base package, e.g. {@code org.entente.nlp}
     * @param expected packages that must exist (so a moved source tree cannot make the check vacuous)
     * @param leaves record packages that import no other package of the service
     */
    protected FeaturePackagesContract(String base, List<String> expected, List<String> leaves) {
        this.graph = PackageGraph.of(Path.of("src/main/java", base.split("\\.")), base);
        this.expected = expected;
        this.leaves = leaves;
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        assertThat(graph).containsKeys(expected.toArray(String[]::new));
        assertThat(PackageGraph.cycles(graph)).as("package cycles (each list is one strongly connected set), edges %s", graph)
                .isEmpty();
    }

    @Test
    void theRecordsBelowImportNoOtherPackage() {
        for (String leaf : leaves) {
            assertThat(graph.getOrDefault(leaf, Set.of())).as("%s imports", leaf).isEmpty();
        }
    }

    @Test
    void findsACycleWhenThereIsOne() {
        Map<String, Set<String>> cyclic = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertThat(PackageGraph.cycles(cyclic)).containsExactly(List.of("a", "b", "c"));
        assertThat(PackageGraph.cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }
}
