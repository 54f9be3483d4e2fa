package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Wording of news that no rule knew (lane vb, issue 14, stage 2 of DevMissProbe), each row with its reason in
 * {@code triggers.tsv}. Sentences written for this test, not taken from an evaluation set.
 */
class UnknownWordingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aClaimWithItsOwnClaimantAccuses() {
        // before: only the denial was an event (REJECT); the claim that it answers was no accusation
        assertThat(events("Kigali dismissed as baseless Kinshasa's claim that Rwandan troops had crossed the border."))
                .contains("ACCUSE COD-RWA", "REJECT COD-RWA");
        // "that" is needed: a territorial claim accuses no one
        assertThat(events("Vietnam rejected China's claim to the Paracel Islands.")).noneMatch(e -> e.startsWith("ACCUSE"));
        // flag O: a claim that no state makes is no accusation by a state of the sentence
        assertThat(events("Rwanda said the claim that its troops had entered Congo was false."))
                .noneMatch(e -> e.startsWith("ACCUSE"));
    }

    @Test
    void aCallWithItsOwnAskerIsARequest() {
        // before: "call" as a noun was only a phone call; the refusal stood alone
        assertThat(events("Belgrade rejected Washington's call to join the sanctions on Moscow."))
                .contains("REQUEST SRB-USA", "REJECT SRB-USA");
        assertThat(events("Honiara rebuffed calls from Canberra to scrap the pact.")).contains("REQUEST AUS-SLB");
        // flag O: a call without an asker of its own is no appeal; a call with a leader is a phone call
        assertThat(events("Kenya and Uganda discussed the call on Tuesday, officials in Nairobi said."))
                .noneMatch(e -> e.startsWith("REQUEST"));
        assertThat(events("Biden's call with Xi lasted two hours.")).noneMatch(e -> e.startsWith("REQUEST"));
    }

    @Test
    void forcesAddedAtABorderMobilize() {
        // before: no row held these verbs with a border, a presence, an alert level or reservists
        assertThat(events("Argentina reinforced its northern border with Bolivia after the failed coup in La Paz."))
                .contains("MOBILIZE ARG-BOL");
        assertThat(events("The Thai army raised its alert level along the border with Cambodia and called up reservists."))
                .contains("MOBILIZE KHM-THA");
        assertThat(events("Azerbaijan has concentrated troops along its border with Armenia, Yerevan said."))
                .contains("MOBILIZE ARM-AZE");
        assertThat(events("Kenya and Ethiopia agreed to strengthen border trade between the two countries."))
                .noneMatch(e -> e.startsWith("MOBILIZE"));
    }

    private static List<String> events(String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + org.entente.nlp.domain.PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }
}
