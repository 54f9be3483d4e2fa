package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A state that welcomes or condemns an accord between others acts upon each of its parties (docs/event-coding.md,
 * "Germany welcomed the deal between A and B"), also when the parties are named by the participle that tells how the
 * accord came about. Sentences written for this test, not copied from an evaluation set.
 */
class JudgedAccordsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theAccordsBetweenPhraseOnItsParticipleNamesBothParties() {
        assertThat(typedPairs("Spain and Portugal welcomed the peace agreement signed in Doha between Sudan and South Sudan."))
                .contains("SUPPORT ESP-SDN", "SUPPORT ESP-SSD", "SUPPORT PRT-SDN", "SUPPORT PRT-SSD");
    }

    @Test
    void theAgentsOfTheAccordAreItsParties() {
        assertThat(typedPairs("Norway hailed the accord reached by Serbia and Kosovo in Brussels."))
                .contains("SUPPORT NOR-SRB", "SUPPORT NOR-XKX");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
