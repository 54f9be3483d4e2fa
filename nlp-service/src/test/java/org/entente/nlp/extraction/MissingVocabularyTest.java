package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Rows of triggers.tsv added for wording of wire copy that had no trigger of its type (docs/reports/extraction-journal.md,
 * "Missing
 * vocabulary"): each sentence is written in its own words, not copied from an evaluation set, and finds nothing of its
 * type without its row.
 */
class MissingVocabularyTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void lodgingRepresentationsProtests() {
        assertThat(typedPairs("China lodged stern representations with Japan on Monday over the visit."))
                .contains("PROTEST CHN-JPN");
    }

    @Test
    void conveyingConcernDisapproves() {
        assertThat(typedPairs("Kenya conveyed its concerns to Uganda on Wednesday."))
                .contains("DISAPPROVE KEN-UGA");
    }

    @Test
    void aPardonOrRemovedTariffsRetreat() {
        assertThat(typedPairs("Egypt pardoned a jailed Canadian activist on Sunday."))
                .contains("RETREAT CAN-EGY");
        assertThat(typedPairs("Canada scrapped its tariffs on Mexican steel on Friday."))
                .contains("RETREAT CAN-MEX");
    }

    @Test
    void acceptingAidFromAStateReceivesIt() {
        assertThat(typedPairs("Nepal accepted relief supplies from India after the earthquake."))
                .contains("AID IND-NPL");
    }

    @Test
    void promisingRetaliationOrAWarningThreatens() {
        assertThat(typedPairs("Iran promised to retaliate against Israel on Sunday."))
                .contains("THREATEN IRN-ISR");
        assertThat(typedPairs("Pyongyang sent a warning to Seoul on Friday."))
                .contains("THREATEN KOR-PRK");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
