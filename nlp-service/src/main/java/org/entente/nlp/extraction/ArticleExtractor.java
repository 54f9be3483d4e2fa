package org.entente.nlp.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * Finds nations, organizations and PLOVER events in an article. Every sentence is tokenized and
 * matched against the gazetteer; only sentences that may hold an event (two nations and a possible
 * trigger word) or an ambiguous name ("Jordan", "Chad") are tagged with CoreNLP, only those whose
 * mentions a PERSON tag can change (an ambiguous name, a one-word official) go through NER, and only
 * those with a real trigger are dependency-parsed. Builds CoreNLP's pipelines once (seconds, hundreds of
 * MB): create one per process and share it; {@link #extract} is thread-safe.
 */
public final class ArticleExtractor {

    private final StagedAnnotator annotator;
    private final MentionFinder mentions;
    private final TriggerLexicon lexicon;
    private final SentenceEventFinder events;

    private ArticleExtractor(StagedAnnotator annotator, MentionFinder mentions, TriggerLexicon lexicon,
            LearnedPairs learned) {
        this.annotator = annotator;
        this.mentions = mentions;
        this.lexicon = lexicon;
        this.events = new SentenceEventFinder(lexicon, new SentenceParser().load(), learned);
    }

    public static ArticleExtractor create() {
        return create(LearnedPairs.load());
    }

    /** An extractor whose learned pass after the rules is the one given (none, another model, or an observer). */
    static ArticleExtractor create(LearnedPairs learned) {
        return new ArticleExtractor(new StagedAnnotator(), new MentionFinder(Gazetteer.load(), StateOfficials.load()),
                TriggerLexicon.load(), learned);
    }

    public Extraction extract(String text) {
        return extract(text, null);
    }

    /**
     * @param date the article's publication date, or null when unknown; it decides which state an official
     *        named in the text ("President Bush") acted for
     */
    public Extraction extract(String text, LocalDate date) {
        if (text == null || text.isBlank()) {
            return new Extraction(List.of(), List.of(), List.of(), 0, 0);
        }
        List<CoreMap> sentences = annotator.split(text);
        List<List<Mention>> found = new ArrayList<>();
        List<CoreMap> toTag = new ArrayList<>();
        List<CoreMap> toRecognize = new ArrayList<>();
        boolean[] tagged = new boolean[sentences.size()];
        int tokenCount = 0;
        for (int index = 0; index < sentences.size(); index++) {
            CoreMap sentence = sentences.get(index);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tokenCount += tokens.size();
            List<Mention> sentenceMentions = mentions.find(tokens, text, date);
            found.add(sentenceMentions);
            boolean needsNamedEntities = mentions.needsNamedEntities(sentenceMentions);
            if (mayHoldEvent(sentenceMentions, tokens) || needsNamedEntities) {
                HeadlineLists.join(tokens, sentenceMentions);
                toTag.add(sentence);
                tagged[index] = true;
            }
            if (needsNamedEntities) {
                toRecognize.add(sentence);
            }
        }
        annotator.tag(text, toTag);
        for (int index = 0; index < sentences.size(); index++) {
            if (tagged[index]) {
                HeadlineVerbs.retag(sentences.get(index).get(CoreAnnotations.TokensAnnotation.class), found.get(index),
                        lexicon);
            }
        }
        // NER was half of the extractor's CPU on dense news (docs/reports/bench-2026-12-04-profile.md); its tags are read only to
        // settle the mentions needsNamedEntities names, so the other sentences give the same mentions without.
        annotator.recognize(text, toRecognize);
        List<NationMention> nations = new ArrayList<>();
        List<OrganizationMention> organizations = new ArrayList<>();
        List<ExtractedEvent> extracted = new ArrayList<>();
        for (int index = 0; index < sentences.size(); index++) {
            CoreMap sentence = sentences.get(index);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Mention> sentenceMentions = found.get(index);
            if (tagged[index]) {
                sentenceMentions = mentions.find(tokens, text, date);
                extracted.addAll(events.find(new SentenceContext(index, sentence, tokens, text, sentenceMentions)));
            }
            report(sentenceMentions, index, nations, organizations);
        }
        return new Extraction(nations, organizations, extracted, tokenCount, sentences.size());
    }

    private boolean mayHoldEvent(List<Mention> sentenceMentions, List<CoreLabel> tokens) {
        long nations = sentenceMentions.stream().filter(Mention::isNation).map(Mention::code).distinct().count();
        return nations >= 2 && lexicon.mayHold(tokens);
    }

    private static void report(List<Mention> sentenceMentions, int index, List<NationMention> nations,
            List<OrganizationMention> organizations) {
        for (Mention m : sentenceMentions) {
            if (m.entry().kind() == EntryKind.OFFICIAL) {
                continue; // an actor for its state, but the text does not name the nation
            }
            if (m.isNation()) {
                nations.add(new NationMention(m.code(), m.entry().name(), m.text(), m.begin(), m.end(), index));
            } else {
                organizations.add(new OrganizationMention(m.code(), m.entry().name(), m.text(), m.begin(), m.end(), index));
            }
        }
    }
}
