package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A finite verb that the parser joined by "and" to a word it cannot share its tense with (a verb under "would" or
 * "to", an infinitive, a bare participle, a noun) begins a clause of its own and is told as a fact, not inside what
 * that word's governor says or wants (lane sl, issue 14). Sentences written for this test, not taken from an evaluation
 * set.
 */
class MisjoinedConjunctsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aPastTenseVerbJoinedToAVerbUnderAModalIsAnActOfItsOwn() {
        // before: "urged" and "summoned" were read as part of what Vietnam said it would do and Japan warned of
        assertThat(events("Vietnam said it would defend its sovereignty at sea and urged Beijing to withdraw its survey "
                + "ship.")).contains("REQUEST VNM>CHN");
        assertThat(events("Japan warned that it would respond to any further incursion and summoned the Chinese "
                + "ambassador.")).contains("PROTEST JPN>CHN", "THREATEN JPN>CHN");
    }

    @Test
    void anInfinitiveJoinedToAnInfinitiveStaysInsideTheThreat() {
        assertThat(events("Ghana threatened to close its border and expel Togolese diplomats."))
                .noneMatch(e -> e.startsWith("SANCTION"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text, LocalDate.of(2025, 3, 1)).events().stream()
                .map(e -> e.type() + " " + e.source() + ">" + e.target()).toList();
    }
}
