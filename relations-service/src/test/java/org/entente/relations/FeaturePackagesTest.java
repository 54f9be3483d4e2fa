package org.entente.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The feature packages of docs/architecture.md depend on each other in one direction only: a cycle
 * between two features means neither can be read, tested or moved without the other. Read from the
 * sources' imports (same-package references need none, and a cross-package one without an import
 * would not compile), so the check needs no library and runs in milliseconds.
 */
class FeaturePackagesTest {

    private static final String BASE = "org.entente.relations.";
    private static final Path SOURCES = Path.of("src/main/java/org/entente/relations");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.entente\\.relations\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    /** Packages the others build on; they must not reach back into a feature. */
    private static final Set<String> LEAVES = Set.of("domain", "wire");

    @Test
    void noTwoFeaturePackagesDependOnEachOther() {
        Map<String, Set<String>> graph = packageGraph();
        assertThat(graph).containsKeys("ties", "stories", "alerts", "queries", "webhooks", "rest", "domain", "wire");
        assertThat(cycles(graph)).as("package cycles (each list is one strongly connected set), edges %s", graph)
                .isEmpty();
    }

    @Test
    void domainAndWireRecordsImportNoFeature() {
        Map<String, Set<String>> graph = packageGraph();
        for (String leaf : LEAVES) {
            assertThat(graph.getOrDefault(leaf, Set.of())).as("relations packages %s imports", leaf).isEmpty();
        }
    }

    @Test
    void findsACycleWhenThereIsOne() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }

    /** Top-level package under org.entente.relations -> the others its main sources import. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BASE + " sources under " + SOURCES.toAbsolutePath(), e);
        }
        return graph;
    }

    /** Tarjan's strongly connected components of more than one package, each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            TreeSet<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(List.copyOf(component));
            }
        }
    }
}
