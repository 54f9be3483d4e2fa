package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verbs of impact ("pounded", "hit", "sank") are an armed attack when a weapon or armed force strikes or is struck, and
 * the state behind the demonym on the weapon is the attacker. Sentences written for this test, not taken from an
 * evaluation set.
 */
class ArmedForcesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void weaponsThatPoundAStateNameTheirStateAsAttacker() {
        assertThat(TypedPairs.of(extractor, "Turkish warplanes pounded Syrian army positions near the border on Monday."))
                .anyMatch(pair -> pair.startsWith("FIGHT") && pair.contains("TUR") && pair.contains("SYR"));
    }

    @Test
    void aVerbOfImpactWithoutWeaponsIsNoAttack() {
        assertThat(TypedPairs.of(extractor, "French tariffs hit Chinese exporters hard last year."))
                .noneMatch(pair -> pair.startsWith("FIGHT"));
    }
}
