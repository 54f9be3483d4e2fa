package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A second event on a pair told beside the clause's own (several events in one sentence, hard syntax): participle
 * adjuncts without a subject of their own act for the clause's subject. Sentences written for this test, not taken
 * from an evaluation set.
 */
class NominalAdjunctsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aParticipleAdjunctActsForTheClausesSubject() {
        // before: the word-order guess took the state named last before the participle (ARG, TGO, SRB) as the actor
        assertThat(typedPairs(
                "The Chilean government extradited two Argentine businessmen on Tuesday, meeting a Peruvian demand."))
                .contains("CONCEDE CHL-PER").doesNotContain("CONCEDE ARG-PER");
        assertThat(typedPairs(
                "Ghana's parliament ratified the border treaty with Togo on Friday, yielding to years of pressure from Nigeria."))
                .contains("CONCEDE GHA-NGA").doesNotContain("CONCEDE NGA-TGO");
        assertThat(
                typedPairs("Austria's interior ministry deported the Serbian suspect on Monday, meeting a demand by Croatia."))
                .contains("CONCEDE AUT-HRV").doesNotContain("CONCEDE HRV-SRB");
    }

    @Test
    void aConcessionToADemandTellsTheDemandToo() {
        assertThat(
                typedPairs("Austria's interior ministry deported the Serbian suspect on Monday, meeting a demand by Croatia."))
                .contains("DEMAND AUT-HRV");
        assertThat(typedPairs("Norway bowed to a Russian demand on Friday and released the trawler."))
                .contains("CONCEDE NOR-RUS", "DEMAND NOR-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
