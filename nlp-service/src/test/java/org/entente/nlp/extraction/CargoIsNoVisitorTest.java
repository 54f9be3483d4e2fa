package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What is flown or shipped is no visitor (lane fp): a passive or a bare participle of "fly" ("had been flown into Romania",
 * "launchers, flown into Ankara by Russian cargo planes") moves cargo, and a verb of arrival the parser hung on the
 * participle before it ("A shipment of Chinese vaccine bought by Hungary arrived in Budapest") travels with that
 * participle's subject; a minister who flies is still a visit. Sentences written for this test, not taken from an
 * evaluation set.
 */
class CargoIsNoVisitorTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void whatIsFlownIsNoVisit() {
        assertThat(TypedPairs.of(extractor, "Investigators said the drones had been flown into Romania on Moscow's behalf."))
                .doesNotContain("CONSULT ROU-RUS");
        assertThat(TypedPairs.of(extractor,
                "Air defence systems bought from Russia, flown into Ankara by Russian cargo planes, were unloaded on Friday."))
                .doesNotContain("CONSULT RUS-TUR");
        assertThat(TypedPairs.of(extractor,
                "A consignment of 500,000 doses of vaccine donated by India arrived in Kathmandu on Monday, officials said."))
                .doesNotContain("CONSULT IND-NPL");
    }

    @Test
    void aFlyingMinisterStillVisits() {
        assertThat(TypedPairs.of(extractor, "The Iranian foreign minister flew to Moscow on Tuesday for talks with Lavrov."))
                .contains("CONSULT IRN-RUS");
    }
}
