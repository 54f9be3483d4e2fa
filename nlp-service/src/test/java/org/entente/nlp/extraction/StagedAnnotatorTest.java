package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

class StagedAnnotatorTest {

    private static final Set<String> FIRST_MODEL_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    /**
     * The staged NER runs only the lean pipeline's first model: on every token it gives the lean pipeline's PERSON,
     * ORGANIZATION and LOCATION tags (the ones the rules read), and O where the other two models add DATE, MONEY, MISC...
     */
    @Test
    void namesEveryPersonOrganizationAndLocationAsTheLeanPipelineDoes() {
        LeanPipeline lean = LeanPipeline.create();
        StagedAnnotator staged = new StagedAnnotator();
        List<String> texts = Stream.concat(Stream.of(
                "President Erdogan met Emir Tamim bin Hamad Al Thani in Doha on Tuesday, and Turkish officials said the "
                        + "$2 billion deal was signed on 4 March 2025.",
                "Jordan criticized Chad after Michael Jordan visited N'Djamena with a Chadian delegation of the African Union.",
                "Georgia's prime minister Irakli Kobakhidze told Reuters that 40 percent of the Russian imports stopped in May."),
                OwnTestSet.load().stream().map(LabeledSentence::text)).toList();
        int persons = 0;
        int others = 0;
        for (String text : texts) {
            List<CoreLabel> expected = lean.annotate(text).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> sentences = staged.split(text);
            staged.tag(text, sentences);
            staged.recognize(text, sentences);
            List<CoreLabel> actual = new ArrayList<>();
            sentences.forEach(s -> actual.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                String full = expected.get(i).ner();
                persons += "PERSON".equals(full) ? 1 : 0;
                others += FIRST_MODEL_LABELS.contains(full) || "O".equals(full) ? 0 : 1;
                assertThat(actual.get(i).ner()).as("%s in: %s", actual.get(i).word(), text)
                        .isEqualTo(FIRST_MODEL_LABELS.contains(full) ? full : "O");
            }
        }
        // the texts hold what the test is about: persons, and labels only the other two models give
        assertThat(persons).isGreaterThan(10);
        assertThat(others).isGreaterThan(10);
    }
}
