package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Events told in the passive without an agent: a counted subject ("two Chinese diplomats") is no pair of states, what is
 * done to people in a state is done by that state, and the parties of talks held between two sides hang on the verb. Sentences
 * written for this test, not taken from an
 * evaluation set.
 */
class AgentlessPassivesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aCountedSubjectIsNoPairOfStates() {
        // before: "two diplomats" was read as "the two", the pair the sentence names, and nobody expelled anyone
        assertThat(events("Two Chinese diplomats were expelled from Canada.")).contains("SANCTION CAN>CHN");
    }

    @Test
    void peopleDetainedInAStateAreDetainedByIt() {
        // before: the subject's state acted, as for "Cuban doctors were sent to Italy", and Japan detained in China
        assertThat(events("Three Japanese nationals were detained in China on spying charges.")).contains("COERCE CHN>JPN")
                .doesNotContain("COERCE JPN>CHN");
    }

    @Test
    void talksHeldBetweenTwoSidesAreTheirTalks() {
        assertThat(events("Talks were held between Sudanese and Chadian officials.")).anyMatch(e -> e.startsWith("CONSULT ")
                && e.contains("SDN") && e.contains("TCD"));
    }

    private static List<String> events(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
