package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Families of event wording that no rule of the type matched (lane wd, issue 14, stage 2 of DevMissProbe), each row
 * with its reason in {@code triggers.tsv}. Sentences written for this test, not taken from an evaluation set.
 */
class WordingFamiliesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aPledgeOfAidIsAnIntentionToHelp() {
        // before: the AID row listed "pledge" and hid the dictionary's reading (CAMEO 033, AGREE)
        assertThat(events("Japan pledged $50 million in aid to Ukraine on Monday.")).contains("AGREE JPN-UKR")
                .doesNotContain("AID JPN-UKR");
        // aid sent is still aid
        assertThat(events("The United States sent $30 million in aid to Pakistan.")).contains("AID PAK-USA");
    }

    @Test
    void initiallingOrOverseeingASigningAgrees() {
        assertThat(events("Serbia and Kosovo initialed the agreement in Brussels.")).contains("AGREE SRB-XKX");
        // leaders who initial or oversee a signing together also met
        assertThat(events("Armenian and Azerbaijani foreign ministers initialled a peace text in Washington on Friday."))
                .contains("AGREE ARM-AZE", "CONSULT ARM-AZE");
        assertThat(events(
                "Xi Jinping and Vietnamese leader To Lam oversaw the signing of 30 cooperation documents in Hanoi on Tuesday."))
                .contains("AGREE CHN-VNM", "CONSULT CHN-VNM");
    }

    @Test
    void greetingsAndRedCarpetsAreMeetings() {
        assertThat(events("Russia's Sergei Lavrov was greeted in Pyongyang by Foreign Minister Choe Son Hui on Tuesday."))
                .contains("CONSULT PRK-RUS");
        assertThat(events("Hungary rolled out the red carpet for Chinese President Xi Jinping in Budapest."))
                .contains("CONSULT CHN-HUN");
    }

    @Test
    void jointWorkIsCooperation() {
        assertThat(events("US and Philippine warships sailed in formation near Scarborough Shoal for a second day."))
                .contains("COOPERATE PHL-USA");
        assertThat(events("Estonia, Latvia and Lithuania opened a joint probe into GPS jamming."))
                .contains("COOPERATE EST-LVA", "COOPERATE EST-LTU", "COOPERATE LTU-LVA");
        // leaders who fly together visit: the visit stays a meeting
        assertThat(events("Japanese Prime Minister Kishida flew to Seoul together with his foreign minister for talks."))
                .contains("CONSULT JPN-KOR").noneMatch(e -> e.startsWith("COOPERATE"));
        // an operation alone is force, not cooperation
        assertThat(events("Turkey launched an operation against militants in northern Iraq."))
                .noneMatch(e -> e.startsWith("COOPERATE"));
    }

    @Test
    void aReactionAnActDrewJudgesEveryDoer() {
        // the owner of the reaction judges: before, only a "from" phrase did
        assertThat(events("Turkish jets pounded Kurdish militant positions in northern Iraq, drawing Baghdad's ire."))
                .contains("DISAPPROVE IRQ-TUR");
        // every conjoined subject did the act: before, only the first
        assertThat(events(
                "Canada's HMCS Ottawa and a US destroyer sailed through the Taiwan Strait on Sunday, drawing a rebuke from Beijing."))
                .contains("DISAPPROVE CAN-CHN", "DISAPPROVE CHN-USA");
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
