package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.nlp.extraction.ExtractedEvent;
import org.entente.nlp.extraction.Modality;
import org.entente.nlp.extraction.PloverType;
import org.junit.jupiter.api.Test;

class EventLimitsTest {

    private static final String[] NATIONS = { "IRN", "IRQ", "SAU", "TUR", "QAT", "OMN", "EGY", "JOR" };

    private static ExtractedEvent event(int sentence, String text, String source, String target, double confidence) {
        return new ExtractedEvent(sentence, text, 0, text.length(), PloverType.AGREE, null, "05", source, target,
                Modality.values()[0], confidence, "signed");
    }

    @Test
    void aSentenceRepeatedInTheArticleCountsOnce() {
        List<ExtractedEvent> events = new ArrayList<>();
        for (int i = 0; i < 3_125; i++) {
            String spacing = i % 2 == 0 ? "Iran and Iraq signed a treaty." : "IRAN  and Iraq signed a treaty. ";
            events.add(event(i, spacing, "IRN", "IRQ", 0.8));
        }
        EventLimits.Limited limited = new EventLimits(20, 200).apply(events);
        assertThat(limited.kept()).extracting(ExtractedEvent::sentenceIndex).containsExactly(0);
        assertThat(limited.cut()).isEqualTo(Map.of(EventLimits.Cut.REPEATED_SENTENCE, 3_124));
    }

    @Test
    void aSentenceKeepsItsMostConfidentEventsUpToTheCap() {
        List<ExtractedEvent> events = new ArrayList<>();
        for (int i = 1; i < NATIONS.length; i++) {
            events.add(event(0, "All of them met.", NATIONS[0], NATIONS[i], i / 10.0));
        }
        EventLimits.Limited limited = new EventLimits(3, 200).apply(events);
        assertThat(limited.kept()).extracting(ExtractedEvent::target).containsExactly("JOR", "EGY", "OMN");
        assertThat(limited.cut()).isEqualTo(Map.of(EventLimits.Cut.SENTENCE_CAP, 4));
    }

    @Test
    void anArticleKeepsItsEarliestSentencesUpToTheCap() {
        List<ExtractedEvent> events = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            events.add(event(i, "Sentence number " + i + ".", "IRN", "IRQ", 0.5));
        }
        EventLimits.Limited limited = new EventLimits(20, 4).apply(events);
        assertThat(limited.kept()).extracting(ExtractedEvent::sentenceIndex).containsExactly(0, 1, 2, 3);
        assertThat(limited.cut()).isEqualTo(Map.of(EventLimits.Cut.ARTICLE_CAP, 6));
    }

    @Test
    void theSameEventTwiceInASentenceIsOneEventNotTwoToCap() {
        List<ExtractedEvent> events = List.of(event(0, "A.", "IRN", "IRQ", 0.4), event(0, "A.", "IRN", "IRQ", 0.9),
                event(0, "A.", "IRN", "SAU", 0.5));
        EventLimits.Limited limited = new EventLimits(2, 200).apply(events);
        assertThat(limited.kept()).extracting(ExtractedEvent::confidence).containsExactly(0.9, 0.5);
        assertThat(limited.cut()).isEmpty();
    }
}
