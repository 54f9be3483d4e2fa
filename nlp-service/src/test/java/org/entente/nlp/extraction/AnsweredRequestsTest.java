package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request with its own asker that a participle answers ("..., defying an appeal from Croatia", "conceding to a request
 * from Bolivia") or that a verb answers through "to" ("agreed to a Lithuanian request") was made to the state that
 * answers it: the clause's subject (lane wh, session 20). Sentences written for this test, not taken from an evaluation
 * set.
 */
class AnsweredRequestsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aParticipleAnsweringARequestActsForTheClausesSubject() {
        assertThat(TypedPairs.directed(extractor,
                "Hungary extradited the businessman to Serbia on Monday, defying an appeal from Croatia."))
                .contains("REQUEST HRV>HUN");
        assertThat(TypedPairs.directed(extractor,
                "Chile agreed to resume fuel shipments on Friday, conceding to a request from Bolivia."))
                .contains("REQUEST BOL>CHL");
    }

    @Test
    void aRequestAnsweredThroughToWasMadeToTheAnswerer() {
        assertThat(TypedPairs.directed(extractor,
                "Poland agreed on Tuesday to a Lithuanian request to send more border guards."))
                .contains("REQUEST LTU>POL");
    }
}
