package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A reaction to an attack is aimed at the attacker, not at the state attacked: in "the Israeli strikes on Syria" the
 * phrase names Israel as the party. Sentences written for this test, not taken from an evaluation set.
 */
class AttackVictimTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aCondemnedAttackNamesItsAuthorNotItsVictim() {
        assertThat(TypedPairs.of(extractor, "Saudi Arabia, Turkey and Qatar condemned the Israeli strikes on Syria."))
                .contains("DISAPPROVE ISR-SAU", "DISAPPROVE ISR-TUR", "DISAPPROVE ISR-QAT")
                .doesNotContain("DISAPPROVE SAU-SYR", "DISAPPROVE SYR-TUR", "DISAPPROVE QAT-SYR");
        assertThat(
                TypedPairs.of(extractor, "Brazil criticised Russia's invasion of Ukraine and its attacks on Ukrainian cities."))
                .contains("DISAPPROVE BRA-RUS");
    }

    @Test
    void sanctionsOnAStateStillNameIt() {
        // only attack nouns drop their "on": the state a sanction is placed on is its target
        assertThat(TypedPairs.of(extractor, "Canada imposed new sanctions on Iran on Thursday."))
                .contains("SANCTION CAN-IRN");
    }
}
