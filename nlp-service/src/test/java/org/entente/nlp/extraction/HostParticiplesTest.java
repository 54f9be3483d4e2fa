package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A host, broker or mediator named in a participle on the event noun, or on the accord an act is done under or in,
 * meets each party (CONSULT) whatever the parties did. Sentences written for this test, not taken from an evaluation set.
 */
class HostParticiplesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theMediatorOfASignedAgreementMeetsEachParty() {
        // before: "mediated" was cut to "mediat" and missed the verb list, so Ireland took no part
        assertThat(typedPairs("Norway and Portugal signed an agreement mediated by Ireland."))
                .contains("AGREE NOR-PRT", "CONSULT IRL-NOR", "CONSULT IRL-PRT");
    }

    @Test
    void theBrokerOfTheAccordAnActIsDoneUnderMeetsEachParty() {
        // before: "under a deal" hangs on the object, and its broker was not read
        assertThat(typedPairs("Iran and Bahrain restored diplomatic ties on Monday under a deal brokered by Oman."))
                .contains("CONSULT IRN-OMN", "CONSULT BHR-OMN")
                .doesNotContain("AGREE IRN-OMN", "AGREE BHR-OMN");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
