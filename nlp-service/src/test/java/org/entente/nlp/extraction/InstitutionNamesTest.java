package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * State bodies that online outlets name by abbreviation or nickname (lane wh, session 20): a three-letter acronym written
 * in the leaders supplement reaches leaders.tsv ("the PLA", "the IDF"), as do the supplement's forces and agencies
 * ("the IRGC Navy"); seats of government join the gazetteer's metonyms ("the Casa Rosada said"). Sentences written for
 * this test, not taken from an evaluation set.
 */
class InstitutionNamesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aStateForceNamedByItsAbbreviationActsForItsState() {
        assertThat(TypedPairs.directed(extractor,
                "The IRGC Navy seized a British-flagged tanker in the Strait of Hormuz on Friday."))
                .contains("COERCE IRN>GBR");
        StateOfficials officials = StateOfficials.load();
        assertThat(officials.get(java.util.List.of("IDF"))).isNotNull();
        assertThat(officials.get(java.util.List.of("PLA"))).isNotNull();
    }

    @Test
    void aSeatOfGovernmentByItsNicknameNamesItsState() {
        assertThat(extractor.extract("The Casa Rosada protested to London over the fishing licences.").nations())
                .extracting(NationMention::code).contains("ARG");
    }
}
