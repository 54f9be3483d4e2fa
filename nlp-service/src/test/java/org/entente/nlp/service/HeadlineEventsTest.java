package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.nlp.extraction.ExtractedEvent;
import org.entente.nlp.extraction.Modality;
import org.entente.nlp.extraction.PloverType;
import org.junit.jupiter.api.Test;

class HeadlineEventsTest {

    private static ExtractedEvent event(PloverType type, String source, String target) {
        return new ExtractedEvent(0, "a sentence", 0, 10, type, null, type.cameoRoot(), source, target,
                Modality.ASSERTED, 0.7, "word");
    }

    @Test
    void aHeadlineEventTheTextTellsIsLeftToTheText() {
        List<ExtractedEvent> headline = List.of(event(PloverType.SANCTION, "USA", "IRN"));
        assertThat(HeadlineEvents.notToldBy(headline, List.of(event(PloverType.SANCTION, "USA", "IRN")))).isEmpty();
    }

    @Test
    void aPairTheTextGivesIsTheTextsWhateverTheHeadlinesTypeOrDirection() {
        // "US targets Iran's petrochemical trade with new sanctions" read as FIGHT over a text that says SANCTION
        List<ExtractedEvent> text = List.of(event(PloverType.SANCTION, "USA", "IRN"));
        assertThat(HeadlineEvents.notToldBy(List.of(event(PloverType.FIGHT, "USA", "IRN")), text)).isEmpty();
        assertThat(HeadlineEvents.notToldBy(List.of(event(PloverType.ACCUSE, "IRN", "USA")), text)).isEmpty();
    }

    @Test
    void aPairTheTextDoesNotGiveIsNews() {
        List<ExtractedEvent> headline = List.of(event(PloverType.AGREE, "TUR", "QAT"),
                event(PloverType.AGREE, "SAU", "QAT"));
        assertThat(HeadlineEvents.notToldBy(headline, List.of(event(PloverType.AGREE, "SAU", "IRN"))))
                .isEqualTo(headline);
        assertThat(HeadlineEvents.notToldBy(headline, List.of())).isEqualTo(headline);
        assertThat(HeadlineEvents.notToldBy(headline, List.of(event(PloverType.CONSULT, "QAT", "SAU"))))
                .containsExactly(event(PloverType.AGREE, "TUR", "QAT"));
    }
}
