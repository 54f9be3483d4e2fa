package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A state owning up to a wrong done to another is CONCEDE (coding guide: "admitting wrongdoing"; lane vw, issue 14).
 * Sentences written for this test, not taken from an evaluation set.
 */
class AdmissionsTest {

    // with the learned pass, which keeps a judged or admitted act and its judgement (session 25, lane ml4)
    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void anAdmittedWrongIsConcededToTheStateItWronged() {
        // before: no CONCEDE; the dictionary codes admitting as a statement (CAMEO 015)
        List<String> fired = events("Ecuador admitted on Monday that one of its patrol boats had mistakenly fired on a "
                + "Colombian fishing vessel.");
        assertThat(fired).contains("CONCEDE COL-ECU");
        List<String> strayed = events("Hanoi acknowledged that a Vietnamese coast guard ship had strayed into Cambodian "
                + "waters.");
        assertThat(strayed).contains("CONCEDE KHM-VNM");
        // the admitted act is told as a fact, still an event of its own
        assertThat(strayed).contains("COERCE KHM-VNM");
    }

    @Test
    void anAdmissionRefusedAskedForOrOfNoWrongIsNone() {
        assertThat(events("Ecuador refused to admit that its patrol boat had mistakenly fired on a Colombian fishing "
                + "vessel.")).noneMatch(e -> e.startsWith("CONCEDE"));
        assertThat(events("Colombia demanded that Ecuador admit that its patrol boat had mistakenly fired on a Colombian "
                + "fishing vessel.")).noneMatch(e -> e.startsWith("CONCEDE"));
        assertThat(events("Rwanda acknowledged that it had deployed troops along its border with Burundi."))
                .noneMatch(e -> e.startsWith("CONCEDE"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
