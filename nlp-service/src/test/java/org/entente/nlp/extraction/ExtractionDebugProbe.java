package org.entente.nlp.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * Like {@link ExtractionProbe}, but prints why: each sentence's tags, its enhanced dependencies, the trigger
 * matches and the selected triggers with their actors. Skipped unless {@code -Dprobe.debug.file=...} is set.
 */
class ExtractionDebugProbe {

    @Test
    void print() throws Exception {
        String file = System.getProperty("probe.debug.file");
        assumeTrue(file != null && !file.isBlank(), "no -Dprobe.debug.file");
        StagedAnnotator annotator = new StagedAnnotator();
        MentionFinder finder = new MentionFinder(Gazetteer.load(), StateOfficials.load());
        TriggerLexicon lexicon = TriggerLexicon.load();
        SentenceParser parser = new SentenceParser().load();
        ActorResolver actors = new ActorResolver();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
            LocalDate date = line.matches("\\d{4}-\\d\\d-\\d\\d .*") ? LocalDate.parse(line.substring(0, 10)) : null;
            String text = date == null ? line : line.substring(11);
            List<CoreMap> sentences = ProbeInput.prepared(annotator, finder, lexicon, text, date);
            System.out.println("DBG ==== " + text);
            for (CoreMap sentence : sentences) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                List<Mention> mentions = finder.find(tokens, text, date);
                SentenceContext context = new SentenceContext(0, sentence, tokens, text, mentions);
                StringBuilder tagged = new StringBuilder();
                for (int i = 0; i < tokens.size(); i++) {
                    tagged.append(i).append(':').append(tokens.get(i).word()).append('/').append(tokens.get(i).tag())
                            .append(' ');
                }
                System.out.println("DBG tokens " + tagged);
                mentions.forEach(m -> System.out
                        .println("DBG mention " + m.code() + " " + m.text() + " @" + m.firstToken() + "-" + m.lastToken()));
                ParsedSentence parsed = parser.parse(sentence);
                for (int i = 0; i < tokens.size() && parsed != null; i++) {
                    StringBuilder arcs = new StringBuilder();
                    for (ParsedSentence.Arc arc : parsed.children(i)) {
                        arcs.append(arc.relation()).append("->").append(arc.token()).append(':')
                                .append(tokens.get(arc.token()).word()).append(' ');
                    }
                    ParsedSentence.Arc up = parsed.treeParent(i);
                    System.out.println("DBG   " + i + ":" + tokens.get(i).word() + " <-" + (up == null ? "root"
                            : up.relation() + ":" + up.token()) + "  " + arcs);
                }
                List<TriggerMatch> matches = lexicon.find(tokens);
                matches.forEach(m -> System.out.println("DBG match " + m.rule().type() + " [" + m.text() + "] head " + m.head()
                        + " w " + m.rule().weight() + " " + m.rule().flags()));
                if (parsed != null) {
                    for (TriggerMatch m : new TriggerSelection().select(matches, context, parsed)) {
                        Actors a = actors.resolve(parsed, m, context);
                        System.out.println("DBG selected " + m.rule().type() + " [" + m.text() + "] sources "
                                + a.sources().stream().map(Mention::code).toList()
                                + " targets " + a.targets().stream().map(Mention::code).toList() + " mutual "
                                + a.mutual().stream().map(Mention::code).toList());
                    }
                }
            }
        }
    }
}
