package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A warning that tells what the warning state itself would do, on a condition ("warned that Tehran would close the
 * strait if Britain seized another tanker"): the condition's subject is the one the threat is aimed at, as it is when
 * the condition hangs on the verb of threatening itself (lane wh, session 20). Sentences written for this test, not
 * taken from an evaluation set.
 */
class ToldConditionsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theConditionOfAToldActNamesTheThreatened() {
        assertThat(TypedPairs.directed(extractor,
                "Iran's foreign minister warned that Tehran would close the Strait of Hormuz if Britain seized another tanker."))
                .contains("THREATEN IRN>GBR");
        assertThat(TypedPairs.directed(extractor,
                "Turkey's president warned on Sunday that Ankara would cut off gas supplies if Bulgaria joined the embargo."))
                .contains("THREATEN TUR>BGR");
    }

    @Test
    void aToldClauseWithAnotherStateAsSubjectStillNamesThatState() {
        // the subject of what is told, when it is another state, stays the target: the condition is not read then
        assertThat(TypedPairs.directed(extractor,
                "Japan warned that China would face consequences if its ships entered the zone again."))
                .contains("THREATEN JPN>CHN");
    }
}
