package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pairs the extractor found with no type at all (issue 14, lane pa): an attack on civilians with an attacker and no
 * state named as its target aims at the state whose speaker reports it. Sentences written for this test, not copied
 * from an evaluation set.
 */
class PairsNeverFoundTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theStateReportingAnAttackOnUnnamedPlacesIsItsTarget() {
        assertThat(TypedPairs.directed(extractor,
                "A Russian bombing of a crowded market in Kostiantynivka killed 16 people on Wednesday, Ukrainian officials said."))
                .contains("ASSAULT RUS>UKR");
    }

    @Test
    void theAttackersOwnSpeakerIsNoTarget() {
        List<String> pairs = TypedPairs.of(extractor,
                "An Israeli bombing of a house in Rafah killed nine people, the Israeli military said on Tuesday.");
        assertThat(pairs).noneMatch(p -> p.startsWith("ASSAULT"));
    }
}
