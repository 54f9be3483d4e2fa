package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reductions of relations told around a noun: the agent of a participle on the event noun ("the expulsion ..., announced by
 * the Moldovan government"), a finite clause of time on a noun deep in the sentence ("the first visit since the two
 * countries broke off ties"), a ban on entering, and "sanctioned" as no sanction eased. Sentences written for this test,
 * not taken from an evaluation set.
 */
class ActsNamedByNounsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theAgentOfAParticipleOnTheEventNounDidIt() {
        assertThat(events("The expulsion of 45 Russian diplomats from Chisinau, announced by the Moldovan government on "
                + "Wednesday, drew an angry response from Moscow.")).contains("SANCTION MDA>RUS");
    }

    @Test
    void aClauseOfTimeOnANounTellsAnEventOfItsOwn() {
        assertThat(events("The Saudi foreign minister visited Syria on Tuesday, the first visit by a top Saudi diplomat "
                + "since the two countries broke off ties in 2012."))
                .anyMatch(e -> e.startsWith("SANCTION ") && e.contains("SAU") && e.contains("SYR"));
    }

    @Test
    void banningOfficialsFromEnteringIsASanction() {
        assertThat(events("Russia banned 25 British officials from entering the country."))
                .contains("SANCTION RUS>GBR");
    }

    @Test
    void aSanctionVerbIsNoSanctionSuspended() {
        assertThat(events("Beijing suspended military talks with Washington and sanctioned Nancy Pelosi after her visit to "
                + "Taiwan.")).noneMatch(e -> e.startsWith("RETREAT "));
    }

    @Test
    void sanctionsHitWithByAStateAreItsSanctions() {
        // the parser hangs "by the United States" on the sanctions, not on the passive verb
        assertThat(events("Iran was hit with new sanctions by the United States on Friday.")).contains("SANCTION USA>IRN");
    }

    @Test
    void aMissionClosedInAStateReducesRelationsWithIt() {
        assertThat(events("Canada shut its consulates in Russia in response to the expulsions.")).contains("SANCTION CAN>RUS");
    }

    private static List<String> events(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
