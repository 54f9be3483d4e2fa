package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The mediator of the accord or talks an act came out of meets each party (CONSULT, docs/event-coding.md), also when
 * the accord hangs on the act's infinitive or the mediation is a noun. Sentences written for this test, not copied
 * from an evaluation set.
 */
class MediatorsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aMediationNounNamesTheMediatorOfTheAct() {
        assertThat(typedPairs("Mali pardoned 49 Ivorian soldiers following mediation by Togo."))
                .contains("RETREAT CIV-MLI", "CONSULT MLI-TGO", "CONSULT CIV-TGO");
        assertThat(typedPairs("Armenia and Azerbaijan signed a peace deal through Qatari mediation."))
                .contains("AGREE ARM-AZE", "CONSULT ARM-QAT", "CONSULT AZE-QAT");
    }

    @Test
    void theBrokerOfADealOnTheActsInfinitiveMeetsBothParties() {
        assertThat(typedPairs("Iran and Saudi Arabia agreed on Friday to resume diplomatic relations, in a deal brokered by"
                + " China.")).contains("CONSULT CHN-IRN", "CONSULT CHN-SAU");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
