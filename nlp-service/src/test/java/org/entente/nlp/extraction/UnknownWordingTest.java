package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Wording of news that no rule knew (lane vb, issue 14, stage 2 of DevMissProbe), each row with its reason in
 * {@code triggers.tsv}. Sentences written for this test, not taken from an evaluation set.
 */
class UnknownWordingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aClaimWithItsOwnClaimantAccuses() {
        // before: only the denial was an event (REJECT); the claim that it answers was no accusation
        assertThat(events("Kigali dismissed as baseless Kinshasa's claim that Rwandan troops had crossed the border."))
                .contains("ACCUSE COD-RWA", "REJECT COD-RWA");
        // "that" is needed: a territorial claim accuses no one
        assertThat(events("Vietnam rejected China's claim to the Paracel Islands.")).noneMatch(e -> e.startsWith("ACCUSE"));
        // flag O: a claim that no state makes is no accusation by a state of the sentence
        assertThat(events("Rwanda said the claim that its troops had entered Congo was false."))
                .noneMatch(e -> e.startsWith("ACCUSE"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
