package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A dependency graph of one sentence, addressed by 0-based token index. */
final class ParsedSentence {

    /** One outgoing or incoming edge: the relation name (with its case marker) and the other token. */
    record Arc(String relation, int token) {

        boolean is(String prefix) {
            return relation.equals(prefix) || relation.startsWith(prefix + ":");
        }

        /** The case marker of an enhanced relation: "with" in "obl:with". */
        String marker() {
            int colon = relation.indexOf(':');
            return colon < 0 ? "" : relation.substring(colon + 1).toLowerCase(Locale.ROOT);
        }
    }

    private final SemanticGraph graph;
    private final Map<Integer, Integer> depths = new HashMap<>();

    ParsedSentence(SemanticGraph graph) {
        this.graph = graph;
        computeDepths();
    }

    List<Arc> children(int token) {
        IndexedWord node = graph.getNodeByIndexSafe(token + 1);
        List<Arc> arcs = new ArrayList<>();
        if (node != null) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                arcs.add(new Arc(edge.getRelation().toString(), edge.getDependent().index() - 1));
            }
        }
        return arcs;
    }

    List<Arc> parents(int token) {
        IndexedWord node = graph.getNodeByIndexSafe(token + 1);
        List<Arc> arcs = new ArrayList<>();
        if (node != null) {
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                arcs.add(new Arc(edge.getRelation().toString(), edge.getGovernor().index() - 1));
            }
        }
        return arcs;
    }

    /** Distance from the root; deeper triggers lose to shallower ones for the same pair. */
    int depth(int token) {
        return depths.getOrDefault(token, 99);
    }

    private void computeDepths() {
        Deque<IndexedWord> queue = new ArrayDeque<>();
        for (IndexedWord root : graph.getRoots()) {
            depths.put(root.index() - 1, 0);
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            IndexedWord node = queue.poll();
            int depth = depths.get(node.index() - 1);
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                int child = edge.getDependent().index() - 1;
                if (!depths.containsKey(child)) {
                    depths.put(child, depth + 1);
                    queue.add(edge.getDependent());
                }
            }
        }
    }
}
