package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A weapon that slams into a place strikes it (lane ty2, issue 14): "slam" is also a verb of criticism (DISAPPROVE), which
 * read the strike as a rebuke. Sentences written for this test, not taken from an evaluation set.
 */
class ImpactsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aMissileThatSlamsIntoAHospitalStrikesIt() {
        // before: DISAPPROVE IRN>ISR ("slammed" as criticism)
        assertThat(events("An Iranian missile slammed into a hospital in the Israeli city of Haifa on Sunday."))
                .contains("ASSAULT IRN-ISR").noneMatch(e -> e.startsWith("DISAPPROVE"));
        // a minister who slams another state still criticises it
        assertThat(events("Egypt's foreign minister slammed Israel over the raid on Rafah."))
                .contains("DISAPPROVE EGY-ISR");
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
