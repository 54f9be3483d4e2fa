package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Naming another state's act a crime alleges it (issue 14, lane vxh): "Georgia called the shelling a war crime" is
 * ACCUSE beside the DISAPPROVE of the naming; a naming that only censures ("a provocation") stays DISAPPROVE. Sentences
 * written for this test, not copied from an evaluation set.
 */
class CrimeNamingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void namingAnActAWarCrimeAccusesItsDoer() {
        assertThat(TypedPairs.directed(extractor, "Russian artillery shelled a school in Gori on Tuesday, and Tbilisi "
                + "called the attack a war crime.")).contains("ACCUSE GEO>RUS");
    }

    @Test
    void namingAnActAProvocationIsCensureAlone() {
        assertThat(TypedPairs.directed(extractor, "Russian jets flew over Gori on Tuesday, and Tbilisi called the flight "
                + "a provocation.")).doesNotContain("ACCUSE GEO>RUS");
    }
}
