package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A state's judgement of another state's act told across clauses (DISAPPROVE, CAMEO 111): negative namings, a
 * condemnation of an act another clause tells, a reaction an act drew. Sentences written for this test, not taken from
 * an evaluation set.
 */
class JudgementsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void callingAnotherStatesActByANegativeNameDisapprovesOfIt() {
        assertThat(typedPairs("India called Pakistan's statement baseless and irresponsible."))
                .contains("DISAPPROVE IND-PAK");
    }

    @Test
    void aMoveAStateCallsUnacceptableIsJudgedAgainstItsDoer() {
        assertThat(typedPairs("Nigeria expelled Ghanaian traders, a move Accra called hostile and unacceptable."))
                .contains("DISAPPROVE GHA-NGA");
    }

    @Test
    void describingAManoeuvreAsUnsafeDisapprovesOfTheStateBehindIt() {
        assertThat(typedPairs("Japan said a Chinese fighter jet flew dangerously close to its patrol aircraft and "
                + "described the manoeuvre as unsafe and unprofessional.")).contains("DISAPPROVE CHN-JPN");
    }

    @Test
    void callingAnAttackAnActOfWarIsNoCallOnAnyone() {
        assertThat(typedPairs("Saudi Arabia called the Iranian attack on its oil facilities an act of war."))
                .contains("DISAPPROVE IRN-SAU").doesNotContain("REQUEST IRN-SAU");
    }

    @Test
    void aPositiveNamingIsNoDisapproval() {
        assertThat(typedPairs("France called the talks with Germany constructive and productive."))
                .doesNotContain("DISAPPROVE DEU-FRA");
    }

    @Test
    void condemningTheLaunchAnotherClauseToldJudgesItsDoer() {
        assertThat(typedPairs("North Korea fired a ballistic missile over Japan on Tuesday, prompting Tokyo to condemn "
                + "the launch.")).contains("DISAPPROVE JPN-PRK");
    }

    @Test
    void criticismAnActDrewComesFromTheCriticToTheActsOwner() {
        assertThat(typedPairs("Israel's bombing of the consulate drew a sharp rebuke from Iran and Syria."))
                .contains("DISAPPROVE IRN-ISR", "DISAPPROVE ISR-SYR");
        assertThat(TypedPairs.directed(extractor,
                "Turkey's purchase of Russian missiles drew condemnation from the United States."))
                .contains("DISAPPROVE USA>TUR");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
