package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A participle set off by a comma that the parser hangs on the noun after it as an adjective ("..., accusing Somali
 * troops of shelling") tells a further act of the clause's subject upon that noun, not a description of the noun
 * (lane sl, issue 14). Sentences written for this test, not taken from an evaluation set.
 */
class AdjectivalParticiplesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aCommaParticipleReadAsAnAdjectiveIsAnActOfTheSubject() {
        // before: "accusing" was dropped as an adjective of "officials", "guards", "troops"
        assertThat(events("Eritrea expelled Djibouti's envoy and ordered the closure of its consulates in Assab and "
                + "Massawa on Monday, accusing Djiboutian officials of arming rebels.")).contains("ACCUSE ERI>DJI");
        assertThat(events("Myanmar lodged a formal protest with Bangladesh on Friday, accusing Bangladeshi guards of "
                + "firing on its fishermen.")).contains("ACCUSE MMR>BGD", "PROTEST MMR>BGD");
        assertThat(events("Ethiopia closed its embassy in Mogadishu on Monday, accusing Somali troops of shelling border "
                + "villages.")).contains("ACCUSE ETH>SOM");
    }

    @Test
    void anAdjectiveWithoutACommaStillDescribesItsNoun() {
        // "the occupied West Bank": a participle inside its noun phrase is no event of its own
        assertThat(events("Jordan condemned new Israeli settlements in the occupied West Bank on Monday."))
                .noneMatch(e -> e.startsWith("COERCE") || e.startsWith("FIGHT"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text, LocalDate.of(2025, 3, 1)).events().stream()
                .map(e -> e.type() + " " + e.source() + ">" + e.target()).toList();
    }
}
