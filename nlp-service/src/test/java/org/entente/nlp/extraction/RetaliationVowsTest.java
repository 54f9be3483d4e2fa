package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Vows of retaliation (THREATEN, coding guide: "threats and warnings"; lane ty2, issue 14): a vow told as a clause, and a
 * vow that names no one it answers. Sentences written for this test, not taken from an evaluation set.
 */
class RetaliationVowsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aVowToldAsAClauseThreatensTheOneWhoWillSuffer() {
        // before: no THREATEN at all; "pay a price" and "go unanswered" are more than five words from any verb of vowing
        assertThat(events("Vietnam accused China of ramming a fishing boat near the Paracels, vowing that Beijing would "
                + "pay a price for the attack.")).contains("THREATEN CHN-VNM");
        assertThat(events("Ghana said Togo's seizure of its trawler would not go unanswered.")).contains("THREATEN GHA-TGO");
        // a price paid is no vow
        assertThat(events("Ghana said Togo had paid a heavy price for its seizure of the trawler."))
                .noneMatch(e -> e.startsWith("THREATEN"));
    }

    @Test
    void aVowNamingNoOneAnswersTheActsTheSentenceTells() {
        // before: the lexicon read the vow, but with no one to answer it gave no event
        assertThat(events("Chile expelled two Bolivian diplomats on Tuesday, and La Paz said it would respond in kind."))
                .contains("THREATEN BOL-CHL");
        assertThat(events("Finland expelled nine Russian diplomats on Friday, and Moscow promptly vowed a response."))
                .contains("THREATEN FIN-RUS");
        // a past answer is an act, not a vow
        assertThat(events("Chile expelled two Bolivian diplomats on Tuesday, and La Paz responded by expelling two "
                + "Chileans.")).noneMatch(e -> e.startsWith("THREATEN"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
