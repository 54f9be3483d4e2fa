package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Agreements and meetings whose parties the parse hides: an agreement that names its parties is their event even when
 * another state judges it, a participle of saying taken for a subject, a state's adjective on the place of a meeting, a
 * relative "who" the parser left without its antecedent, and the first state of a hyphenated pair.
 * Sentences written for this test, not taken from an evaluation set.
 */
class AgreementPartiesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aJudgedAgreementIsStillItsPartiesAgreement() {
        // before: the agreement was only what Kenya hailed (SUPPORT), its parties agreed nothing
        assertThat(events("Kenya hailed the peace deal between Ethiopia and Eritrea as a historic moment for the region."))
                .contains("SUPPORT KEN>ETH", "AGREE ETH>ERI");
        assertThat(events("Russia condemned the defence pact between Japan and the Philippines as a threat.")).contains(
                "DISAPPROVE RUS>JPN", "AGREE JPN>PHL");
    }

    @Test
    void theStateOfASayingParticipleIsTheSubject() {
        // before: the parser took "saying" for the subject of "ready", and the readiness had no actor
        assertThat(events("Xi Jinping congratulated Javier Milei on his victory, saying Beijing was ready to work with "
                + "Buenos Aires to deepen ties.")).contains("AGREE CHN>ARG");
    }

    @Test
    void anAdjectiveOnThePlaceOfAMeetingIsAVenue() {
        // before: Indonesia was the partner of both leaders, and the two leaders did not meet each other
        assertThat(events("Xi Jinping and Joe Biden met for three hours on the Indonesian island of Bali on Monday."))
                .containsExactly("CONSULT CHN>USA");
        assertThat(events("The leaders of Armenia and Azerbaijan met on the sidelines of a summit in the Czech capital."))
                .containsExactly("CONSULT ARM>AZE");
    }

    @Test
    void aStrandedWhoStandsForThePhraseBeforeIt() {
        // before: the parser hung "who had demanded ..." on the main verb with "who" as its subject, and the visit to
        // Kyiv had no visitors
        assertThat(events("Kremlin spokesman Dmitry Peskov on Sunday dismissed as unacceptable an ultimatum from the "
                + "leaders of Spain, Italy, Sweden and Norway, who had demanded during a visit to Kyiv that Russia accept "
                + "an unconditional ceasefire or face new sanctions.")).contains("CONSULT ESP>UKR", "CONSULT NOR>UKR");
    }

    @Test
    void bothStatesOfAHyphenatedPairArePartiesOfTheNoun() {
        // before: the parse hangs the first state under the second, one step deeper, and only the second was a party
        assertThat(events("The European Union welcomed the Armenia-Azerbaijan peace agreement on Saturday."))
                .anyMatch(e -> e.startsWith("AGREE ") && e.contains("ARM") && e.contains("AZE"));
        assertThat(events("Washington hailed the Saudi-Iranian accord as a step toward stability."))
                .anyMatch(e -> e.startsWith("AGREE ") && e.contains("SAU") && e.contains("IRN"));
    }

    private static List<String> events(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
