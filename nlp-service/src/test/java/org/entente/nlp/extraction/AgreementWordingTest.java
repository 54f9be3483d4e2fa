package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Agreements and the meetings beside them in the wording of wire copy: concluded partnerships, exchanged notes, a meeting
 * in apposition to its participants, "the two" as the pair, a readiness added with "saying". Sentences written for this
 * test, not taken from an evaluation set.
 */
class AgreementWordingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void concludingAPartnershipIsAnAgreement() {
        assertThat(typedPairs("Germany and Kenya concluded a labour mobility partnership on Friday.")).contains("AGREE DEU-KEN")
                .doesNotContain("COOPERATE DEU-KEN");
    }

    @Test
    void exchangingNotesFormalisesAnAgreement() {
        assertThat(typedPairs("Malaysia and Singapore exchanged notes on Thursday formalising a high-speed rail link."))
                .contains("AGREE MYS-SGP");
    }

    @Test
    void aMeetingInAppositionIsHeldByTheNationsOfItsNoun() {
        assertThat(typedPairs("Ministers from Tanzania and Mozambique, meeting in Maputo, agreed to step up joint patrols "
                + "against insurgents near their border.")).contains("CONSULT MOZ-TZA", "AGREE MOZ-TZA");
    }

    @Test
    void theTwoStandsForThePairTheSentenceNames() {
        assertThat(typedPairs("Brazil's Lula received Colombian President Gustavo Petro in Brasilia on Friday, where the two "
                + "agreed to coordinate efforts against illegal mining in the Amazon.")).contains("AGREE BRA-COL");
    }

    @Test
    void aReadinessAddedWithSayingIsAStatementOfItsOwn() {
        assertThat(typedPairs("Indian Prime Minister Narendra Modi congratulated Sri Lanka's new president on Sunday, saying "
                + "New Delhi was ready to work with Colombo to deepen their partnership.")).contains("SUPPORT IND-LKA",
                        "AGREE IND-LKA");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
