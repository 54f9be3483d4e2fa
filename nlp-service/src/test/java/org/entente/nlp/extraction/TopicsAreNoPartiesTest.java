package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What an act is about is no party to it (lane fp): "over" and "about" name the topic of a sanction, a row or a protest
 * ("the row over Canberra's stance on Taiwan", "protested to Japan over remarks about Taiwan"), while a physical act's
 * "over" is still a place ("fired a missile over Japan"). A reaction over an attack with its author named, when no state is
 * addressed, is aimed
 * at the attacker ("Lebanon complained to the United Nations over two Israeli air raids"). Sentences written for this test, not
 * taken from an evaluation set.
 */
class TopicsAreNoPartiesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theTopicOfARowIsNoTarget() {
        assertThat(TypedPairs.of(extractor,
                "Beijing halted imports of Australian wine as the row over Canberra's stance on Taiwan deepened."))
                .containsExactly("SANCTION AUS-CHN");
        assertThat(TypedPairs.of(extractor, "China protested to Japan over remarks about Taiwan."))
                .containsExactly("PROTEST CHN-JPN");
    }

    @Test
    void aPhysicalActOverAStateStillReachesIt() {
        assertThat(TypedPairs.of(extractor, "North Korea fired a ballistic missile over Japan on Tuesday."))
                .contains("FIGHT JPN-PRK");
    }

    @Test
    void aReactionOverAnAttackIsAimedAtTheAttackerWhenNoStateIsAddressed() {
        assertThat(TypedPairs.of(extractor, "Syria protested over the Turkish shelling of border villages."))
                .contains("PROTEST SYR-TUR");
        assertThat(TypedPairs.of(extractor,
                "Pakistan lodged a complaint with the UN Security Council over Indian strikes on its territory."))
                .contains("DISAPPROVE IND-PAK");
        // a state addressed is the target; the attack's author stays the topic
        assertThat(TypedPairs.of(extractor, "Japan imposed sanctions on Belarus over Russia's invasion of Ukraine."))
                .containsExactly("SANCTION BLR-JPN");
    }
}
