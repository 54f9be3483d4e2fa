package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A show of force toward another state (PLOVER MOBILIZE, CAMEO 15) and telling a state what to do (DEMAND, CAMEO
 * 10). Sentences written for this test, not taken from an evaluation set.
 */
class ForcePostureTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void raisingTheAlertFacingAStateIsMobilization() {
        assertThat(typedPairs("Armenia put its army on full combat readiness along the border with Azerbaijan on Sunday."))
                .contains("MOBILIZE ARM-AZE");
    }

    @Test
    void forcesSentToABorderFaceTheStateBeyondItAndAreNoAid() {
        assertThat(typedPairs("Iran sent more troops and tanks to its border with Azerbaijan on Monday."))
                .contains("MOBILIZE AZE-IRN").doesNotContain("AID AZE-IRN");
    }

    @Test
    void tellingAStateWhatToDoIsADemand() {
        assertThat(typedPairs("Moscow told Chisinau to stop arresting pro-Russian activists, the foreign ministry said."))
                .contains("DEMAND MDA-RUS");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
