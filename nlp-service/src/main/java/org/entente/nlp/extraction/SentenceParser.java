package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jboss.logging.Logger;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ExactScores;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser (UD), run one sentence at a time and only on sentences that
 * hold a trigger and two nations, so the parser's cost (2.8 times the lean pipeline) is paid rarely.
 * {@link #load()} loads the model up front so the first article does not pay for it, and puts in
 * {@link ExactScores}: the same network arithmetic in the same order (the same parse), about half the
 * parser's CPU.
 */
final class SentenceParser {

    private static final Logger LOG = Logger.getLogger(SentenceParser.class);

    private volatile DependencyParser parser;

    /** Tagged words parsed once with CoreNLP's scoring and once with {@link ExactScores} before the latter is used. */
    private static final List<TaggedWord> PROBE = Arrays.stream(("Turkey/NNP signed/VBD a/DT defense/NN cooperation/NN"
            + " agreement/NN with/IN Qatar/NNP on/IN Tuesday/NNP ,/, officials/NNS in/IN Ankara/NNP said/VBD ./.").split(" "))
            .map(w -> new TaggedWord(w.substring(0, w.lastIndexOf('/')), w.substring(w.lastIndexOf('/') + 1)))
            .toList();

    /** Longer "sentences" are lists, tables or markup left-overs: word order is enough for them. */
    static final int MAX_TOKENS = 120;

    /** The parse, or null for an over-long sentence or when the parser fails on it (word order is used then). */
    ParsedSentence parse(CoreMap sentence) {
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_TOKENS) {
            return null;
        }
        try {
            return parseChecked(sentence);
        } catch (RuntimeException e) {
            LOG.debug("dependency parse failed, using word order", e);
            return null;
        }
    }

    /** Enhanced++ dependencies (subjects spread over xcomp and conjuncts, case-marked obliques) and the basic tree. */
    private ParsedSentence parseChecked(CoreMap sentence) {
        GrammaticalStructure structure = parser().predict(readable(sentence));
        SemanticGraph graph = SemanticGraphFactory.generateEnhancedPlusPlusDependencies(structure);
        SemanticGraph tree = SemanticGraphFactory.generateUncollapsedDependencies(structure);
        return new ParsedSentence(graph, tree);
    }

    /**
     * The keys CoreNLP reads most while it parses, first: a CoreMap finds a key by scanning its keys in order, and the
     * parser and enhanced++ read each token's index, sentence index, word and tag thousands of times a sentence, where
     * the tokenizer left them 11th to 13th of 14. The same annotations and values, in copies: the graph's nodes wrap them.
     */
    private static CoreMap readable(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> copies = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            CoreLabel copy = new CoreLabel(token.size());
            for (Class<?> key : FIRST) {
                copyKey(token, copy, key);
            }
            for (Class<?> key : token.keySet()) {
                copyKey(token, copy, key);
            }
            copies.add(copy);
        }
        ArrayCoreMap readable = new ArrayCoreMap(sentence.size());
        readable.set(CoreAnnotations.TokensAnnotation.class, copies);
        for (Class<?> key : sentence.keySet()) {
            copyKey(sentence, readable, key);
        }
        return readable;
    }

    private static final List<Class<?>> FIRST = List.of(CoreAnnotations.IndexAnnotation.class,
            CoreAnnotations.SentenceIndexAnnotation.class, CoreAnnotations.TextAnnotation.class,
            CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.ValueAnnotation.class,
            CoreAnnotations.LemmaAnnotation.class);

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void copyKey(CoreMap from, CoreMap to, Class<?> key) {
        if (from.containsKey((Class) key) && !to.containsKey((Class) key)) {
            to.set((Class) key, from.get((Class) key));
        }
    }

    SentenceParser load() {
        parser();
        return this;
    }

    private DependencyParser parser() {
        DependencyParser loaded = parser;
        if (loaded == null) {
            synchronized (this) {
                if (parser == null) {
                    DependencyParser model = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                    boolean exact = ExactScores.install(model, PROBE);
                    LOG.infof("dependency parser loaded, exact faster scoring: %s", exact);
                    parser = model;
                }
                loaded = parser;
            }
        }
        return loaded;
    }
}
