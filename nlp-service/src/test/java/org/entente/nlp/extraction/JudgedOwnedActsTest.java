package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Events told by nouns under a verb of judging (lane lb, issue 14): an act noun with its own doer ("Russia's invasion
 * of Ukraine", "the seizure of a tanker by Iran") is that doer's event beside the judgement, as an agreement with its
 * own parties already was. Sentences written for this test, not taken from an evaluation set.
 */
class JudgedOwnedActsTest {

    // with the learned pass, which keeps a judged or admitted act and its judgement (session 25, lane ml4)
    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aJudgedActWithItsOwnDoerIsAnEventOfItsOwn() {
        // before: the noun was the object of the judging verb, so the two were read as one event and the act was lost
        assertThat(typedPairs("Poland condemned Belarus's incursion into Lithuania."))
                .contains("FIGHT BLR-LTU", "DISAPPROVE BLR-POL");
        assertThat(typedPairs("Kyiv condemned Russia's invasion of Ukraine.")).contains("FIGHT RUS-UKR",
                "DISAPPROVE RUS-UKR");
    }

    @Test
    void aRefusedDemandIsBothEvents() {
        // coding guide (2026-12-06): the demand was made and it was refused; before, the refusal alone was told
        assertThat(typedPairs("Denmark dismissed Russia's demand to halt the investigation."))
                .containsExactlyInAnyOrder("REJECT DNK-RUS", "DEMAND DNK-RUS");
    }

    @Test
    void aDeniedAccusationWithItsAccuserIsBothEvents() {
        // as a refused demand: the accusation was made and it was denied; before, the denial alone was told
        assertThat(typedPairs("Rwanda denied allegations by Kinshasa that its soldiers had crossed into North Kivu."))
                .containsExactlyInAnyOrder("REJECT COD-RWA", "ACCUSE COD-RWA");
        assertThat(extractor.extract("China dismissed Japan's accusations of spying as groundless.").events())
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.source()).isEqualTo("JPN");
                    assertThat(e.target()).isEqualTo("CHN");
                    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
                });
    }

    @Test
    void aPurchaseIsAnEventNoun() {
        // before: no rule for the noun, so the act was told by nothing
        assertThat(typedPairs("Turkey's purchase of Russian missiles angered Washington.")).contains("COOPERATE RUS-TUR");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
