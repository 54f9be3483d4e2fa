package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.nlp.extraction.ExtractedEvent;
import org.entente.nlp.extraction.Modality;
import org.entente.nlp.extraction.PloverType;
import org.junit.jupiter.api.Test;

class HeadlineEventsTest {

    private static ExtractedEvent event(PloverType type, String source, String target, Modality modality) {
        return new ExtractedEvent(0, "a sentence", 0, 10, type, null, type.cameoRoot(), source, target, modality, 0.7,
                "word");
    }

    private static ExtractedEvent event(PloverType type, String source, String target) {
        return event(type, source, target, Modality.ASSERTED);
    }

    @Test
    void aHeadlineEventTheTextTellsIsLeftToTheText() {
        List<ExtractedEvent> headline = List.of(event(PloverType.SANCTION, "USA", "IRN"));
        assertThat(HeadlineEvents.notToldBy(headline, List.of(event(PloverType.SANCTION, "USA", "IRN")))).isEmpty();
    }

    @Test
    void anIntentInTheHeadlineIsTheTextsAssertedEventButANegatedOneIsAnother() {
        List<ExtractedEvent> intent = List.of(event(PloverType.AGREE, "TUR", "QAT", Modality.INTENT));
        List<ExtractedEvent> negated = List.of(event(PloverType.AGREE, "TUR", "QAT", Modality.NEGATED));
        List<ExtractedEvent> text = List.of(event(PloverType.AGREE, "TUR", "QAT"));
        assertThat(HeadlineEvents.notToldBy(intent, text)).isEmpty();
        assertThat(HeadlineEvents.notToldBy(negated, text)).isEqualTo(negated);
    }

    @Test
    void directionCountsOnlyForTheTypesThatAreNotReciprocal() {
        List<ExtractedEvent> text = List.of(event(PloverType.AGREE, "IRN", "SAU"),
                event(PloverType.ACCUSE, "IRN", "USA"));
        assertThat(HeadlineEvents.notToldBy(List.of(event(PloverType.AGREE, "SAU", "IRN")), text)).isEmpty();
        List<ExtractedEvent> reversedAccusation = List.of(event(PloverType.ACCUSE, "USA", "IRN"));
        assertThat(HeadlineEvents.notToldBy(reversedAccusation, text)).isEqualTo(reversedAccusation);
    }

    @Test
    void anotherTypeOrPairInTheHeadlineIsNews() {
        List<ExtractedEvent> headline = List.of(event(PloverType.COOPERATE, "SAU", "IRN"),
                event(PloverType.AGREE, "SAU", "QAT"));
        assertThat(HeadlineEvents.notToldBy(headline, List.of(event(PloverType.AGREE, "SAU", "IRN"))))
                .isEqualTo(headline);
        assertThat(HeadlineEvents.notToldBy(headline, List.of())).isEqualTo(headline);
    }
}
