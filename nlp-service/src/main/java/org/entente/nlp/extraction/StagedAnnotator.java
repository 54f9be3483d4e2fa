package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The lean pipeline in two stages: tokenize and split every sentence (cheap), then tag, lemmatize
 * and run NER only on the sentences that need it. Same annotators and settings as {@link LeanPipeline}.
 */
final class StagedAnnotator {

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;

    StagedAnnotator() {
        Properties lean = LeanPipeline.properties();
        Properties split = new Properties();
        split.putAll(lean);
        split.setProperty("annotators", "tokenize,ssplit");
        Properties tag = new Properties();
        tag.putAll(lean);
        tag.setProperty("annotators", "pos,lemma,ner");
        tag.setProperty("enforceRequirements", "false");
        this.splitter = new StanfordCoreNLP(split);
        this.tagger = new StanfordCoreNLP(tag);
    }

    List<CoreMap> split(String text) {
        Annotation annotation = new Annotation(text);
        splitter.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Adds part of speech, lemma and named-entity tags to the tokens of the given sentences, in place. */
    void tag(String text, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation selected = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        selected.set(CoreAnnotations.TokensAnnotation.class, tokens);
        selected.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        tagger.annotate(selected);
    }
}
