package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Shows of force aimed at a state (PLOVER MOBILIZE, CAMEO 152/154): troops massed near a state's border named by an
 * adjective or a possessive, drills held around or near a state with no partner in them, and an alert or scrambled
 * jets with no target of their own, which face the states acting in the sentence's other events. Sentences written for
 * this test, not taken from an evaluation set.
 */
class ShowsOfForceTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void troopsMassedNearAStatesBorderFaceThatState() {
        assertThat(typedPairs("Ethiopia has been massing troops near the Eritrean border, diplomats said on Wednesday."))
                .contains("MOBILIZE ERI-ETH");
        assertThat(typedPairs("Russia has massed more than 100,000 troops near Ukraine's eastern frontier, officials said."))
                .contains("MOBILIZE RUS-UKR");
    }

    @Test
    void drillsAroundAStateAreAShowOfForceAtIt() {
        assertThat(typedPairs("Turkey conducted naval exercises near Greek islands in the Aegean on Tuesday."))
                .contains("MOBILIZE GRC-TUR").doesNotContain("COOPERATE GRC-TUR");
    }

    @Test
    void jointDrillsStayCooperation() {
        assertThat(typedPairs("Russia and China held joint naval drills near Japan's Hokkaido island on Monday."))
                .contains("COOPERATE CHN-RUS").doesNotContain("MOBILIZE CHN-JPN");
    }

    @Test
    void anAlertWithoutATargetFacesTheSentencesOtherActors() {
        assertThat(typedPairs("North Korea staged large-scale artillery drills on Monday, prompting Seoul to put its "
                + "frontline units on alert.")).contains("MOBILIZE KOR-PRK");
        assertThat(typedPairs("Russian bombers held a joint patrol with Chinese jets over the Sea of Japan on Tuesday, "
                + "prompting South Korea to scramble fighter jets.")).contains("MOBILIZE KOR-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
