package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds nations, organizations and PLOVER events in an article. Builds CoreNLP's pipelines once
 * (seconds, hundreds of MB): create one per process and share it; {@link #extract} is thread-safe.
 */
public final class ArticleExtractor {

    private final LeanPipeline pipeline;
    private final MentionFinder mentions;
    private final SentenceEventFinder events;

    private ArticleExtractor(LeanPipeline pipeline, MentionFinder mentions, SentenceEventFinder events) {
        this.pipeline = pipeline;
        this.mentions = mentions;
        this.events = events;
    }

    public static ArticleExtractor create() {
        Gazetteer gazetteer = Gazetteer.load();
        return new ArticleExtractor(LeanPipeline.create(), new MentionFinder(gazetteer),
                new SentenceEventFinder(TriggerLexicon.load(), new LazyDependencyParser()));
    }

    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return new Extraction(List.of(), List.of(), List.of(), 0, 0);
        }
        Annotation annotation = pipeline.annotate(text);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<NationMention> nations = new ArrayList<>();
        List<OrganizationMention> organizations = new ArrayList<>();
        List<ExtractedEvent> found = new ArrayList<>();
        int tokenCount = 0;
        for (int index = 0; index < sentences.size(); index++) {
            CoreMap sentence = sentences.get(index);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tokenCount += tokens.size();
            List<Mention> sentenceMentions = mentions.find(tokens, text);
            for (Mention m : sentenceMentions) {
                if (m.isNation()) {
                    nations.add(new NationMention(m.code(), m.entry().name(), m.text(), m.begin(), m.end(), index));
                } else {
                    organizations.add(new OrganizationMention(m.code(), m.entry().name(), m.text(), m.begin(), m.end(), index));
                }
            }
            found.addAll(events.find(new SentenceContext(index, sentence, tokens, text, sentenceMentions)));
        }
        return new Extraction(nations, organizations, found, tokenCount, sentences.size());
    }
}
