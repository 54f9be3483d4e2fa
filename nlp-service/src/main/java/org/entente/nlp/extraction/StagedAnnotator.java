package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The lean pipeline in three stages: tokenize and split every sentence (cheap), then tag and lemmatize
 * the sentences that may hold an event, and run NER (the most costly stage of the lean pipeline) only on
 * the sentences whose mentions its PERSON tags can change, and with only the model whose tags the rules read.
 * Otherwise the same annotators and settings as {@link LeanPipeline}.
 */
final class StagedAnnotator {

    /**
     * The rules read only NER's PERSON and ORGANIZATION tags (AmbiguityRules, OfficialFinder, TriggerSelection). The
     * lean pipeline's NER runs three CRF models, this one first; the other two (MUC 7 classes, CoNLL 4 classes) only add
     * the labels it lacks (DATE, MONEY, MISC, ...) on tokens it left O, so PERSON, ORGANIZATION and LOCATION are this
     * model's alone: the same tags the rules read, for about a third of NER's CPU and two models fewer on the heap. A
     * rule that reads another label (DATE, MISC, ...) needs the other two back.
     */
    static final String PERSON_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP recognizer;

    StagedAnnotator() {
        Properties lean = LeanPipeline.properties();
        Properties split = new Properties();
        split.putAll(lean);
        split.setProperty("annotators", "tokenize,ssplit");
        Properties tag = new Properties();
        tag.putAll(lean);
        tag.setProperty("annotators", "pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        Properties ner = new Properties();
        ner.putAll(lean);
        ner.setProperty("annotators", "ner");
        ner.setProperty("enforceRequirements", "false");
        ner.setProperty("ner.model", PERSON_MODEL);
        this.splitter = new StanfordCoreNLP(split);
        this.tagger = new StanfordCoreNLP(tag);
        this.recognizer = new StanfordCoreNLP(ner);
    }

    List<CoreMap> split(String text) {
        Annotation annotation = new Annotation(text);
        splitter.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Adds part of speech and lemma to the tokens of the given sentences, in place. */
    void tag(String text, List<CoreMap> sentences) {
        annotate(tagger, text, sentences);
    }

    /** Adds named-entity tags to the tokens of the given sentences, in place; tag them first. */
    void recognize(String text, List<CoreMap> sentences) {
        annotate(recognizer, text, sentences);
    }

    private static void annotate(StanfordCoreNLP pipeline, String text, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation selected = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        selected.set(CoreAnnotations.TokensAnnotation.class, tokens);
        selected.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        pipeline.annotate(selected);
    }
}
