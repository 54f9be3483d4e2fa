package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plural word that stands for states named before it (issue 14, lane mp2): "their ministers met", "where they
 * agreed", "the three leaders" after a host and its guests. Sentences written for this test, not copied from an
 * evaluation set.
 */
class PluralReferentsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theirMinistersAreTheMinistersOfTheStatesListedBefore() {
        assertThat(TypedPairs.of(extractor,
                "Ghana, Togo and Benin urged Burkina Faso to hold elections, their foreign ministers said in a statement after talks in Accra."))
                .contains("REQUEST BFA-GHA", "CONSULT GHA-TGO", "CONSULT BEN-GHA", "CONSULT BEN-TGO");
    }

    @Test
    void theyAfterAHostAndItsGuestsAreAllOfThem() {
        assertThat(TypedPairs.of(extractor,
                "Norway hosted the leaders of Britain, Sweden and Finland in Oslo on Friday for a summit, where they agreed to step up joint patrols."))
                .contains("AGREE GBR-NOR", "AGREE FIN-NOR", "AGREE GBR-SWE", "AGREE FIN-SWE");
    }

    @Test
    void aSingularSubjectStandsForNoGroup() {
        // "the junta" is no plural word for the states listed before it
        assertThat(TypedPairs.of(extractor,
                "Ghana and Togo urged Burkina Faso to hold elections after the junta met in Ouagadougou on Friday."))
                .contains("REQUEST BFA-GHA").doesNotContain("CONSULT GHA-TGO");
    }
}
