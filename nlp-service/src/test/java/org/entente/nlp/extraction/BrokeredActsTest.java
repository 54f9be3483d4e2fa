package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A broker, mediator or host named by a participle on a noun that is no event of its own meets each party of the act
 * the noun hangs on (CONSULT, docs/event-coding.md "Many parties"); a judge of the brokered thing is no party.
 * Sentences written for this test, not copied from an evaluation set.
 */
class BrokeredActsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void theBrokerOfASwapHungOnAFurtherNounMeetsBothParties() {
        assertThat(typedPairs("Armenia and Azerbaijan swapped 32 detainees each on Sunday in an exchange mediated by the"
                + " United Arab Emirates.")).contains("RETREAT ARM-AZE", "CONSULT ARE-ARM", "CONSULT ARE-AZE");
    }

    @Test
    void theHostOfTalksReadAsAClauseMeetsThePartiesOfTheAct() {
        assertThat(typedPairs("Kenya resumed flights to Somalia on Monday after talks hosted by Djibouti in the capital."))
                .contains("CONSULT DJI-KEN", "CONSULT DJI-SOM");
    }

    @Test
    void theBrokerOfAJudgedCeasefireMeetsItsPartiesNotTheJudge() {
        List<String> pairs = typedPairs("Germany welcomed the ceasefire brokered by Egypt between Sudan and South Sudan.");
        assertThat(pairs).contains("CONSULT EGY-SDN", "CONSULT EGY-SSD");
        assertThat(pairs).noneMatch(p -> p.startsWith("CONSULT") && p.contains("DEU"));
    }

    @Test
    void theHostOfACeremonyMeetsThePartiesOfTheAccordSignedThere() {
        assertThat(typedPairs("Peru and Ecuador initialled a fisheries accord in Lima on Friday in a ceremony hosted by"
                + " Chilean President Gabriel Boric.")).contains("AGREE ECU-PER", "CONSULT CHL-PER", "CONSULT CHL-ECU");
    }

    @Test
    void aCoHostTakesPartAsTheHostDoes() {
        assertThat(typedPairs("Sudan and South Sudan signed a border accord on Monday at talks in Juba co-hosted by"
                + " Ethiopia.")).contains("CONSULT ETH-SDN", "CONSULT ETH-SSD");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
