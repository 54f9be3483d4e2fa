package org.entente.nlp.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.extraction.ArticleExtractor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * One extractor per process: loading CoreNLP's models takes seconds and the extractor is
 * thread-safe. Built at startup, so the service is ready only once it can extract.
 */
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @Produces
    @Singleton
    @Startup
    ArticleExtractor articleExtractor(NlpConfig config) {
        long start = System.nanoTime();
        ArticleExtractor extractor = ArticleExtractor.create();
        LOG.infof("Article extractor loaded in %d ms; %d extraction workers on the articles topic",
                (System.nanoTime() - start) / 1_000_000, config.workers());
        return extractor;
    }
}
