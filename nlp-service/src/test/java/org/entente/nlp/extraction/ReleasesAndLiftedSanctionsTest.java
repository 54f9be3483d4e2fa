package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * De-escalation by action (PLOVER RETREAT): captives freed in the passive, bans on trade lifted, states taken off a
 * list, orders signed that lift sanctions, and what is no retreat (a report released, a summit left). Sentences written
 * for this test, not taken from an evaluation set.
 */
class ReleasesAndLiftedSanctionsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aCaptiveFreedInThePassiveIsFreedByTheStateThatHeldHim() {
        // before: no state acted in the passive, and nothing was found
        assertThat(events("Two Danish sailors held in Yemen since March have been freed, the Danish foreign ministry said."))
                .contains("RETREAT YEM>DNK");
    }

    @Test
    void liftingABanOnImportsEasesATradeSanction() {
        // before: CONCEDE, as for any ban lifted
        assertThat(events("Russia lifted its ban on Moldovan fruit imports on Monday.")).contains("RETREAT RUS>MDA")
                .doesNotContain("CONCEDE RUS>MDA");
    }

    @Test
    void takingAStateOffABlacklistLiftsASanction() {
        assertThat(events("Washington removed Sudan from its list of state sponsors of terrorism on Monday."))
                .contains("RETREAT USA>SDN");
    }

    @Test
    void anOrderSignedIsNoAgreementButWhatItDoes() {
        // before: AGREE USA>SYR on "signed", and the lifted sanctions had no actor
        assertThat(events("Trump signed an executive order on Monday lifting sanctions on Syria.")).contains("RETREAT USA>SYR")
                .noneMatch(e -> e.startsWith("AGREE"));
    }

    @Test
    void aReportReleasedOrASummitLeftIsNoRetreat() {
        assertThat(events("Pakistan released a report on Monday about India's dam projects."))
                .noneMatch(e -> e.startsWith("RETREAT"));
        assertThat(events("Morocco pulled out of a summit with Japan in Tunis.")).noneMatch(e -> e.startsWith("RETREAT"));
    }

    private static List<String> events(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
