package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request told by a noun that names only its asker asks the state acting in the clause it is told in (issue 14, lane
 * ca): "at the request of the Somali government", "bowing to a request from the German ambassador". Sentences written
 * for this test, not copied from an evaluation set.
 */
class RequestAddresseesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aRequestAtWhichTroopsWereSentAskedTheSender() {
        assertThat(TypedPairs.directed(extractor, "Kenya began deploying 800 soldiers and police officers to Somalia's "
                + "Jubaland region on Friday at the request of the Somali government, Nairobi said in a statement."))
                .contains("REQUEST SOM>KEN");
    }

    @Test
    void aRequestBowedToAskedTheClausesSubject() {
        assertThat(TypedPairs.directed(extractor, "Bosnia's government put off by two months a rule requiring Croats to use "
                + "new identity documents, bowing to a request from the German ambassador after protests flared in the "
                + "south.")).contains("REQUEST DEU>BIH");
    }
}
