package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pressing another state to act asks it (REQUEST; lane ty2, issue 14): the coding guide keeps DEMAND for demanding,
 * insisting and ordering. Sentences written for this test, not taken from an evaluation set.
 */
class PressingAsksTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void pressingAStateToActIsARequest() {
        // before: DEMAND
        assertThat(events("Germany pressed Serbia on Tuesday to recognise Kosovo's independence."))
                .contains("REQUEST DEU-SRB").noneMatch(e -> e.startsWith("DEMAND"));
        assertThat(events("Chile pressed Argentina for talks on the glacier dispute.")).contains("REQUEST ARG-CHL");
        // a demand is still a demand
        assertThat(events("Germany demanded that Serbia recognise Kosovo's independence.")).contains("DEMAND DEU-SRB");
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
