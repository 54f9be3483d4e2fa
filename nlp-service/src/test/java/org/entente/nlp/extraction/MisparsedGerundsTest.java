package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A gerund after a preposition that the parser hangs on its object as an adjective ("by expelling three Bolivian
 * diplomats", "after severing ties with Rabat", "after meeting Rubio") is a verb with its object, not a modifier (lane
 * vx, issue 14). Sentences written for this test, not taken from an evaluation set.
 */
class MisparsedGerundsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aGerundAfterAPrepositionIsAnAct() {
        // before: the gerund was dropped as an adjective of "diplomats", "ties", "Rubio"
        assertThat(events("Madrid responded by expelling three Bolivian diplomats in a reciprocal gesture."))
                .contains("SANCTION BOL-ESP");
        assertThat(events("Algeria closed its airspace to all Moroccan aircraft on Wednesday, a month after severing "
                + "diplomatic ties with Rabat.")).contains("SANCTION DZA-MAR");
        assertThat(events("Panama will not renew its agreement with China, President Mulino said after meeting U.S. "
                + "Secretary of State Marco Rubio.")).contains("CONSULT PAN-USA");
    }

    @Test
    void aGerundOfWhatIsThreatenedOrChargedStaysInside() {
        assertThat(events("Ghana threatened to respond by closing its border with Togo."))
                .contains("THREATEN GHA-TGO").noneMatch(e -> e.startsWith("COERCE"));
        assertThat(events("Hungary accused Ukraine of attacking ethnic Hungarian schools."))
                .containsExactly("ACCUSE HUN-UKR");
    }

    private static List<String> events(String text) {
        return extractor.extract(text, LocalDate.of(2025, 3, 1)).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
