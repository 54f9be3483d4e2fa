package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A meeting or agreement that found one party takes the partner the sentence's other two-party events give its state
 * (lane ty1, session 29, issue 14: the second event of a pair already found). Sentences written for this test, not
 * taken from an evaluation set.
 */
class SentencePartnersTest {

    // the rules alone: the learned pass may add or drop events of its own, which is its call, not these rules'
    private static final ArticleExtractor extractor = ArticleExtractor.create(LearnedPairs.none());

    @Test
    void aMeetingWithAPronounMeetsThePartnerOfTheClause() {
        List<String> found = undirected(
                "Slovak Prime Minister Robert Fico thanked Vladimir Putin for the gas deliveries after meeting him in the Kremlin on Sunday.");
        assertThat(found).contains("SUPPORT RUS-SVK", "CONSULT RUS-SVK");
    }

    @Test
    void anAgreementOfTheVisitorIsMadeWithTheHost() {
        List<String> found = undirected(
                "Chinese Premier Li Qiang toured farms near Perth on Monday, praised Australia's growers and agreed to ease visa rules.");
        assertThat(found).contains("SUPPORT AUS-CHN", "AGREE AUS-CHN");
    }

    private static List<String> undirected(String text) {
        return TypedPairs.of(extractor, text);
    }
}
