package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * PLOVER's line between FIGHT and ASSAULT read at what the attack struck: a town, a village, a building or the power
 * grid is a civilian target (ASSAULT); troops fought near a town are still a battle (FIGHT). Sentences written for this
 * test, not taken from an evaluation set.
 */
class CivilianTargetsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void shellingATownIsAnAssault() {
        assertThat(typedPairs("Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday, Yerevan said."))
                .contains("ASSAULT ARM-AZE").doesNotContain("FIGHT ARM-AZE");
    }

    @Test
    void strikingThePowerGridIsAnAssault() {
        assertThat(typedPairs("Russian missiles struck power substations across Ukraine overnight."))
                .contains("ASSAULT RUS-UKR");
    }

    @Test
    void fightingAroundATownStaysABattle() {
        assertThat(typedPairs("Ukrainian forces fought Russian troops around the town of Bakhmut."))
                .contains("FIGHT RUS-UKR").doesNotContain("ASSAULT RUS-UKR");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
