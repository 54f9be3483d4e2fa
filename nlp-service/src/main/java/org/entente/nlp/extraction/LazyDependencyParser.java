package org.entente.nlp.extraction;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser (UD), run one sentence at a time and only on sentences that
 * hold a trigger and two nations, so the parser's cost (2.8 times the lean pipeline) is paid rarely.
 * The model loads on first use.
 */
final class LazyDependencyParser {

    private volatile DependencyParser parser;

    /** Enhanced++ dependencies: subjects spread over xcomp and conjuncts, case-marked obliques. */
    ParsedSentence parse(CoreMap sentence) {
        GrammaticalStructure structure = parser().predict(sentence);
        SemanticGraph graph = SemanticGraphFactory.generateEnhancedPlusPlusDependencies(structure);
        SemanticGraph tree = SemanticGraphFactory.generateUncollapsedDependencies(structure);
        return new ParsedSentence(graph, tree);
    }

    private DependencyParser parser() {
        DependencyParser loaded = parser;
        if (loaded == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                }
                loaded = parser;
            }
        }
        return loaded;
    }
}
