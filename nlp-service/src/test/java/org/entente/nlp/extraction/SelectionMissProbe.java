package org.entente.nlp.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.nlp.domain.PairKey;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * For the readable sets' misses where a rule of the expected type matched and none was selected (DevMissProbe's stage
 * 3): which step of {@link TriggerSelection} dropped each matching trigger, and for which other trigger. Skipped unless
 * {@code -Dprobe.selection=true}; never reads a sealed half.
 */
class SelectionMissProbe {

    private static final String[] FILTERS = { "insideMention", "absent", "modifier", "thingTravels", "unarmed",
            "unclaimed", "partnered", "noRetreat" };

    @Test
    void print() throws Exception {
        assumeTrue(Boolean.getBoolean("probe.selection"), "no -Dprobe.selection=true");
        ObjectMapper json = new ObjectMapper();
        StagedAnnotator annotator = new StagedAnnotator();
        MentionFinder finder = new MentionFinder(Gazetteer.load(), StateOfficials.load());
        TriggerLexicon lexicon = TriggerLexicon.load();
        SentenceParser parser = new SentenceParser().load();
        ArticleExtractor extractor = ArticleExtractor.create();
        for (ProbeInput.Probed probed : ProbeInput.readableRecords(json, extractor, annotator, finder, lexicon)) {
            JsonNode record = probed.record();
            Set<String> found = probed.found();
            Set<String> matchedTypes = new HashSet<>();
            Set<String> selectedTypes = new HashSet<>();
            List<String> report = new ArrayList<>();
            Set<String> goldTypes = new HashSet<>();
            record.get("events").forEach(e -> goldTypes.add(e.get("type").asText()));
            for (CoreMap sentence : probed.sentences()) {
                SentenceContext context = probed.context(sentence, finder);
                List<CoreLabel> tokens = context.tokens();
                List<TriggerMatch> matches = lexicon.find(tokens);
                matches.forEach(m -> matchedTypes.add(m.rule().type().name()));
                ParsedSentence parsed = parser.parse(sentence);
                if (parsed == null) {
                    report.add("  NOPARSE");
                    continue;
                }
                List<TriggerMatch> selected = new TriggerSelection().select(matches, context, parsed);
                StringBuilder sel = new StringBuilder("  selected:");
                for (TriggerMatch m : selected) {
                    selectedTypes.add(m.rule().type().name());
                    sel.append(' ').append(describe(m, tokens));
                }
                report.add(sel.toString());
                for (TriggerMatch t : matches) {
                    if (!goldTypes.contains(t.rule().type().name()) || selected.contains(t)) {
                        continue;
                    }
                    report.add("  dropped " + describe(t, tokens) + " -> " + reason(t, matches, context, parsed, tokens));
                }
            }
            for (JsonNode event : record.get("events")) {
                String type = event.get("type").asText();
                String key = type + " " + PairKey.of(event.get("source").asText(), event.get("target").asText());
                if (found.contains(key) || !matchedTypes.contains(type) || selectedTypes.contains(type)) {
                    continue;
                }
                System.out.println("SEL " + record.get("id").asText() + " " + key + " | " + probed.text());
                report.stream().filter(r -> !r.startsWith("  dropped") || r.contains(" " + type + ":"))
                        .forEach(System.out::println);
            }
        }
    }

    private static String describe(TriggerMatch m, List<CoreLabel> tokens) {
        return m.rule().type() + ":" + tokens.get(m.head()).word() + "@" + m.head() + "(" + m.rule().weight()
                + (m.rule().generated() ? "g" : "h") + m.rule().elements().size() + ")";
    }

    private static String reason(TriggerMatch t, List<TriggerMatch> all, SentenceContext context,
            ParsedSentence parsed, List<CoreLabel> tokens) throws Exception {
        for (String name : FILTERS) {
            for (Method method : TriggerSelection.class.getDeclaredMethods()) {
                if (method.getName().equals(name)) {
                    method.setAccessible(true);
                    Object[] args = method.getParameterCount() == 2
                            ? new Object[] { t, method.getParameterTypes()[1] == SentenceContext.class ? context : parsed }
                            : new Object[] { t, context, parsed };
                    if ((Boolean) method.invoke(null, args)) {
                        return "filter " + name + up(t.head(), parsed, tokens);
                    }
                }
            }
        }
        for (TriggerMatch o : all) {
            if (o == t) {
                continue;
            }
            List<TriggerMatch> two = new TriggerSelection().select(List.of(t, o), context, parsed);
            if (!two.contains(t)) {
                int at = TriggerSelection.anchor(t, parsed);
                int ao = TriggerSelection.anchor(o, parsed);
                String kind = at == ao ? "sameword"
                        : parsed.treeParent(at) != null && parsed.treeParent(at).token() == ao ? "child-of" : "embedded-in";
                return kind + " " + describe(o, tokens) + up(t.head(), parsed, tokens);
            }
        }
        return "only-in-full-set" + up(t.head(), parsed, tokens);
    }

    private static String up(int token, ParsedSentence parsed, List<CoreLabel> tokens) {
        StringBuilder path = new StringBuilder(" path:");
        int current = token;
        for (int i = 0; i < 6; i++) {
            ParsedSentence.Arc arc = parsed.treeParent(current);
            if (arc == null) {
                break;
            }
            path.append(' ').append(arc.relation()).append('>').append(tokens.get(arc.token()).word());
            current = arc.token();
        }
        return path.toString();
    }
}
