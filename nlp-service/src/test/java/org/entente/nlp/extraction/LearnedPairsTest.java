package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learned pass with the committed model, against the rules alone. */
class LearnedPairsTest {

    private static final String RETURN = "Moscow handed back 22 Ukrainian children taken from occupied areas, Kyiv said on Tuesday.";

    private static ArticleExtractor withPass;
    private static ArticleExtractor rulesAlone;

    @BeforeAll
    static void load() {
        withPass = ArticleExtractor.create();
        rulesAlone = ArticleExtractor.create(LearnedPairs.none());
    }

    private static List<String> events(ArticleExtractor extractor, String text) {
        return extractor.extract(text).events().stream().map(e -> e.type() + " " + e.source() + ">" + e.target()).toList();
    }

    @Test
    void addsAnEventWhereTheRulesGiveNone() {
        // no rule reads "handed back" with children as a return; the model has seen such returns coded RETREAT
        assertThat(events(rulesAlone, RETURN)).isEmpty();
        assertThat(events(withPass, RETURN)).containsExactly("RETREAT RUS>UKR");
    }

    @Test
    void anAddedEventWeighsLessThanARulesReading() {
        ExtractedEvent added = withPass.extract(RETURN).events().get(0);

        assertThat(added.confidence()).isLessThanOrEqualTo(0.75);
        assertThat(added.modality()).isEqualTo(Modality.ASSERTED);
    }
}
