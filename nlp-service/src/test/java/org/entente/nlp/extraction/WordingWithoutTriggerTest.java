package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Wording the lexicons lacked or typed otherwise (lane vx, issue 14), each row with its reason in {@code triggers.tsv}.
 * Sentences written for this test, not taken from an evaluation set.
 */
class WordingWithoutTriggerTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void waterCannonAndRammingAreCoercion() {
        // before: "fired water cannon" was the dictionary's weapon fired (FIGHT / MOBILIZE), "rammed" nothing
        assertThat(events("Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal."))
                .contains("COERCE CHN-PHL").noneMatch(e -> e.startsWith("FIGHT") || e.startsWith("MOBILIZE"));
        assertThat(events("A Vietnamese fishing boat was rammed by a Chinese maritime militia vessel near the Paracel "
                + "Islands, Hanoi said.")).contains("COERCE CHN-VNM");
    }

    @Test
    void brushingAsideADemandRejectsIt() {
        // before: no REJECT ("brush" is in neither lexicon); the owned demand is its own event beside it
        assertThat(events("Tehran brushed aside Washington's demand that it give up uranium enrichment altogether."))
                .contains("REJECT IRN-USA", "DEMAND IRN-USA");
        assertThat(events("Kenya brushed off Sudan's protest over a meeting in Nairobi.")).contains("REJECT KEN-SDN");
    }

    @Test
    void pointingTheFingerAndLayingTheBlameAccuse() {
        // before: neither idiom was in a lexicon
        assertThat(events("Kigali pointed the finger at Kampala over the abduction of Rwandan citizens."))
                .contains("ACCUSE RWA-UGA");
        assertThat(events("Manila laid the blame squarely on Beijing's reckless manoeuvres.")).contains("ACCUSE CHN-PHL");
    }

    @Test
    void enteringAnotherStatesWatersIsCoercion() {
        // before: only airspace had the row
        assertThat(events("Chinese coast guard ships have sailed into Japan's territorial waters around the Senkaku "
                + "Islands.")).contains("COERCE CHN-JPN");
        assertThat(events("A Venezuelan navy patrol boat had entered Guyana's waters, Georgetown said."))
                .contains("COERCE GUY-VEN");
        assertThat(events("Iran and Oman entered into an agreement on shipping in their waters."))
                .noneMatch(e -> e.startsWith("COERCE"));
    }

    @Test
    void aCallWithALeaderIsAPhoneCall() {
        // before: only "phone call" and "held a call" were rows
        assertThat(events("In a call with his Indian counterpart, the Chinese foreign minister urged restraint."))
                .contains("CONSULT CHN-IND");
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
