package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A wrong a state names as the reason of its own act accuses the wrongdoer (issue 14, lane rp): "summoned the
 * Hungarian ambassador to protest what it called Budapest's interference" is PROTEST and ACCUSE. Sentences written for
 * this test, not copied from an evaluation set.
 */
class NamedGrievancesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aNamedInterferenceAccusesTheStateTheNameGives() {
        assertThat(TypedPairs.directed(extractor, "Romania summoned the Hungarian ambassador on Thursday to protest what "
                + "it called Budapest's interference in its election campaign.")).contains("ACCUSE ROU>HUN");
    }

    @Test
    void aNamedViolationWithoutItsDoerAccusesWhomTheProtestIsLodgedWith() {
        assertThat(TypedPairs.directed(extractor, "Greece lodged a protest with Ankara over what it described as repeated "
                + "violations of its airspace.")).contains("ACCUSE GRC>TUR");
    }

    @Test
    void aNameThatOnlyJudgesAccusesNoOne() {
        assertThat(TypedPairs.directed(extractor, "Serbia expelled a Croatian diplomat over what it called an unfriendly "
                + "step.")).doesNotContain("ACCUSE SRB>HRV");
    }
}
