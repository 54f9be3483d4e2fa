package org.entente.nlp.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * What the miss probes share: the readable sets they may print (a sealed half never), and sentences prepared the way
 * {@link ArticleExtractor} prepares them before the rules run, so a probe sees the tags and lists the rules see.
 */
final class ProbeInput {

    /** The readable blind sets and train3, when {@code -Dprobe.misses.sets} does not name others. */
    static final String READABLE_SETS = "blind-dev,blind2-dev,blind3-dev,blind4-dev,blind5-dev,blind6-dev,blind7-dev,blind8-dev,blind9-dev,blind10-dev,blind11-dev,blind12-dev,blind13-dev,train3";

    private ProbeInput() {
    }

    /** The JSON lines of the sets named by {@code -Dprobe.misses.sets}; refuses any sealed half. */
    static List<String> readableLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String set : System.getProperty("probe.misses.sets", READABLE_SETS).split(",")) {
            if (set.contains("sealed")) {
                throw new IllegalArgumentException("a sealed half is never printed: " + set);
            }
            lines.addAll(Files.readAllLines(Path.of("src/test/resources/extraction/" + set.strip() + ".jsonl")));
        }
        return lines;
    }

    /** Split, headline lists joined, tagged, headline verbs retagged: as ArticleExtractor does before the rules. */
    static List<CoreMap> prepared(StagedAnnotator annotator, MentionFinder finder, TriggerLexicon lexicon, String text,
            LocalDate date) {
        List<CoreMap> sentences = annotator.split(text);
        sentences.forEach(s -> HeadlineLists.join(s.get(CoreAnnotations.TokensAnnotation.class),
                finder.find(s.get(CoreAnnotations.TokensAnnotation.class), text, date)));
        annotator.tag(text, sentences);
        sentences.forEach(s -> HeadlineVerbs.retag(s.get(CoreAnnotations.TokensAnnotation.class),
                finder.find(s.get(CoreAnnotations.TokensAnnotation.class), text, date), lexicon));
        return sentences;
    }

    /** One readable record, its text and date, and the "TYPE PAIR" keys the whole extractor finds in it. */
    record Extracted(JsonNode record, String text, LocalDate date, Set<String> found) {
    }

    static Extracted extracted(ObjectMapper json, String line, ArticleExtractor extractor) throws IOException {
        JsonNode record = json.readTree(line);
        String text = record.get("text").asText();
        LocalDate date = record.hasNonNull("date") ? LocalDate.parse(record.get("date").asText()) : null;
        Set<String> found = new HashSet<>();
        extractor.extract(text, date).events()
                .forEach(e -> found.add(e.type() + " " + PairKey.of(e.source(), e.target())));
        return new Extracted(record, text, date, found);
    }

    /** A readable record as the probes walk it: what {@link #extracted} gives, and its sentences {@link #prepared}. */
    record Probed(JsonNode record, String text, LocalDate date, Set<String> found, List<CoreMap> sentences) {

        /** A sentence's tokens and the nations and officials found in it, as the rules receive them. */
        SentenceContext context(CoreMap sentence, MentionFinder finder) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            return new SentenceContext(0, sentence, tokens, text, finder.find(tokens, text, date));
        }
    }

    /**
     * Every record of the {@link #readableLines readable sets}, extracted and prepared one at a time as it is walked
     * (all of them at once would hold every set's annotated sentences).
     */
    static Iterable<Probed> readableRecords(ObjectMapper json, ArticleExtractor extractor, StagedAnnotator annotator,
            MentionFinder finder, TriggerLexicon lexicon) throws IOException {
        List<String> lines = readableLines();
        return () -> lines.stream().map(line -> {
            try {
                Extracted e = extracted(json, line, extractor);
                return new Probed(e.record(), e.text(), e.date(), e.found(),
                        prepared(annotator, finder, lexicon, e.text(), e.date()));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }).iterator();
    }
}
