package org.entente.nlp.extraction;

import java.util.Properties;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP's lean pipeline: tokenize, ssplit, pos, lemma, ner with SUTime, the numeric classifiers
 * and fine-grained NER off (fine-grained NER alone costs five times the rest). The extractor and
 * the benchmark's baseline both use it, so the benchmark compares like with like.
 * Building one loads the models (about 3 s); build once per process and share: annotate is thread-safe.
 */
public final class LeanPipeline {

    private final StanfordCoreNLP pipeline;

    private LeanPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    public static LeanPipeline create() {
        return new LeanPipeline(new StanfordCoreNLP(properties()));
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    /** Runs the lean annotators over the whole text and returns CoreNLP's annotation. */
    public Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation;
    }
}
