package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.entente.nlp.domain.PairKey;
import org.junit.jupiter.api.Test;

/**
 * An absolute clause with "with" whose participle the parser hung on its own subject ("..., with Araghchi and Faisal
 * bin Farhan agreeing to reopen their embassies": "agreeing" an adjectival clause of the names) tells a further act of
 * that subject, not part of the clause it follows (lane sl, issue 14). Sentences written for this test, not taken from
 * an evaluation set.
 */
class AbsoluteClausesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theSubjectOfAnAbsoluteClauseActs() {
        // before: "agreeing" was embedded under "hosted" and had no subject
        assertThat(pairs("Oman hosted Iranian and Saudi delegations in Muscat for a second round of talks, with "
                + "Araghchi and Faisal bin Farhan agreeing to reopen their embassies.", LocalDate.of(2025, 3, 1)))
                .contains("AGREE IRN|SAU", "CONSULT IRN|OMN", "CONSULT OMN|SAU")
                // the host of the talks is not a party of what the two delegations agreed
                .doesNotContain("AGREE IRN|OMN", "AGREE OMN|SAU");
    }

    private static List<String> pairs(String text, LocalDate date) {
        return extractor.extract(text, date).events().stream()
                .map(e -> e.type() + " " + PairKey.of(e.source(), e.target())).toList();
    }
}
