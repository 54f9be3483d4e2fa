package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Several events for one pair in one sentence (issue 14, lane la): the second thing a sentence says about the same pair,
 * with its actors carried over from the first clause where English does that. Sentences written for this test, not
 * taken from an evaluation set.
 */
class MultiEventClausesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    /** A verb joined by "and" to a relative clause's verb is told as a fact, as its first conjunct is. */
    @Test
    void theSecondVerbOfARelativeClauseIsAnEventOfItsOwn() {
        assertThat(directed("Egypt hosted Sudan's army chief in Cairo, where the two sides discussed the war and agreed "
                + "to reopen the border crossing.")).contains("CONSULT EGY>SDN", "AGREE EGY>SDN");
        assertThat(directed("Japan's prime minister arrived in Manila, where he met President Marcos and agreed to deepen "
                + "defence cooperation with the Philippines.")).contains("CONSULT JPN>PHL", "AGREE JPN>PHL");
    }

    /**
     * A participle after a comma with no other party of its own acts upon the clause's, and through an infinitive of
     * purpose its subject is the subject of the verb the infinitive serves.
     */
    @Test
    void aParticipleTakesTheOtherPartyOfItsClause() {
        assertThat(directed("Iran's foreign ministry summoned the ambassadors of Britain and France on Thursday to protest "
                + "against their decision, calling it unjustified.")).contains("DISAPPROVE IRN>GBR", "DISAPPROVE IRN>FRA");
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
