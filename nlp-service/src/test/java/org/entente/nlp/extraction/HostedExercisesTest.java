package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Joint exercises with several navies (issue 14, lane mp2): a host of a joint exercise trains with every navy taking
 * part, and each with the others (COOPERATE, coding guide), not only meets them; "kicked off" begins an exercise, it is
 * no blow. Sentences written for this test, not copied from an evaluation set.
 */
class HostedExercisesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aHostedExerciseIsCooperationAmongAllItsNavies() {
        assertThat(TypedPairs.of(extractor,
                "Egypt hosted a naval exercise off Alexandria on Tuesday with warships from Greece, Cyprus and France."))
                .contains("COOPERATE CYP-EGY", "COOPERATE EGY-GRC", "COOPERATE EGY-FRA", "COOPERATE CYP-GRC");
    }

    @Test
    void kickingOffAnExerciseIsNoAttack() {
        assertThat(TypedPairs.of(extractor,
                "Ghana and Nigeria kicked off Obangame Express, the largest annual naval exercise in the Gulf of Guinea, on Monday, "
                        + "with ships from Togo and Benin also taking part in the drills."))
                .noneMatch(p -> p.startsWith("ASSAULT"));
    }
}
