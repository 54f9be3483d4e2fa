package org.entente.nlp.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.nlp.domain.PairKey;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * The pairs of the readable sets found with a wrong type, and the trigger row behind each: for every expected (type,
 * pair) missed while the pair was found with a type not expected, one {@code CONF} line naming the set, the expected and
 * the found type, the trigger's words and the lexicon row that matched them (its type, elements, weight, flags), or
 * {@code learned} when only the learned pass gave the event. A row of one type that gives another names a convention
 * ({@code TypeConvention}) or a completer. Skipped unless {@code -Dprobe.confusions=true}; sets as for
 * {@link DevMissProbe} ({@code -Dprobe.misses.sets}); never a sealed half.
 */
class TypeConfusionProbe {

    @Test
    void print() throws Exception {
        assumeTrue(Boolean.getBoolean("probe.confusions"), "no -Dprobe.confusions=true");
        ObjectMapper json = new ObjectMapper();
        ArticleExtractor full = ArticleExtractor.create();
        ArticleExtractor rules = ArticleExtractor.create(LearnedPairs.none());
        StagedAnnotator annotator = new StagedAnnotator();
        MentionFinder finder = new MentionFinder(Gazetteer.load(), StateOfficials.load());
        TriggerLexicon lexicon = TriggerLexicon.load();
        for (String line : ProbeInput.readableLines()) {
            JsonNode record = json.readTree(line);
            String text = record.get("text").asText();
            LocalDate date = record.hasNonNull("date") ? LocalDate.parse(record.get("date").asText()) : null;
            Set<String> expected = new HashSet<>();
            for (JsonNode e : record.get("events")) {
                expected.add(e.get("type").asText() + " "
                        + PairKey.of(e.get("source").asText(), e.get("target").asText()));
            }
            List<ExtractedEvent> found = full.extract(text, date).events();
            Set<String> byRules = new HashSet<>();
            rules.extract(text, date).events().forEach(e -> byRules.add(key(e)));
            List<CoreMap> sentences = null;
            for (String missed : expected) {
                String pair = missed.substring(missed.indexOf(' ') + 1);
                for (ExtractedEvent e : found) {
                    if (!key(e).endsWith(" " + pair) || expected.contains(key(e)) || found.stream()
                            .anyMatch(o -> key(o).equals(missed))) {
                        continue;
                    }
                    if (sentences == null) {
                        sentences = ProbeInput.prepared(annotator, finder, lexicon, text, date);
                    }
                    String row = byRules.contains(key(e)) ? rowOf(e, sentences, lexicon) : "learned";
                    System.out.println("CONF\t" + record.get("id").asText() + "\t" + missed.substring(0, missed.indexOf(' '))
                            + "\t" + e.type() + "\t" + pair + "\t" + e.source() + ">" + e.target() + "\t" + e.modality()
                            + "\t" + e.trigger() + "\t" + row + "\t" + text.replace('\t', ' '));
                }
            }
        }
    }

    private static String key(ExtractedEvent e) {
        return e.type() + " " + PairKey.of(e.source(), e.target());
    }

    private static String rowOf(ExtractedEvent e, List<CoreMap> sentences, TriggerLexicon lexicon) {
        if (e.sentenceIndex() >= sentences.size()) {
            return "?";
        }
        List<CoreLabel> tokens = sentences.get(e.sentenceIndex()).get(CoreAnnotations.TokensAnnotation.class);
        StringBuilder rows = new StringBuilder();
        for (TriggerMatch m : lexicon.find(tokens)) {
            if (m.text().equals(e.trigger())) {
                TriggerRule r = m.rule();
                StringBuilder elements = new StringBuilder();
                r.elements().forEach(x -> elements.append(String.join("/", new java.util.TreeSet<>(x.lemmas())))
                        .append(x.pos() == 0 ? "" : "_" + x.pos()).append(' '));
                rows.append(rows.isEmpty() ? "" : " | ").append(r.type()).append(' ').append(elements.toString().strip())
                        .append(' ').append(r.weight()).append(' ').append(r.flags());
            }
        }
        return rows.isEmpty() ? "none" : rows.toString();
    }
}
