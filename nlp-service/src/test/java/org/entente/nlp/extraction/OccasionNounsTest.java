package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The meeting at which an act took place is an event of its own even where the parser hangs "during the visit" on
 * the act's object noun instead of its verb. Sentences written for this test, not taken from an evaluation set.
 */
class OccasionNounsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aVisitDuringWhichATreatyWasSignedIsAMeetingToo() {
        assertThat(typedPairs(
                "Japan and India signed a civil nuclear cooperation pact on Monday during Modi's first visit to Tokyo."))
                .contains("AGREE IND-JPN", "CONSULT IND-JPN");
        assertThat(typedPairs(
                "Chile and Peru concluded a fisheries agreement on Friday during the Chilean president's state visit to Lima."))
                .contains("AGREE CHL-PER", "CONSULT CHL-PER");
    }

    @Test
    void whatATreatySaysIsStillNotAnEventOfItsOwn() {
        // an event noun tied by "of" or "on" to the object stays part of it: no visit happened here
        assertThat(typedPairs("Chile and Peru signed a memorandum on visits by fishermen on Friday."))
                .doesNotContain("CONSULT CHL-PER");
    }

    @Test
    void talksDuringWhichAStateActedHaveThatStateAsAParty() {
        // before: the talks' own phrase named one side only, so no pair came of them
        assertThat(typedPairs("Brazil's president urged Argentina to cut its wheat tariffs during talks with the visiting "
                + "Argentine foreign minister in Brasilia on Tuesday.")).contains("CONSULT ARG-BRA");
        assertThat(typedPairs("The Spanish prime minister told his Moroccan counterpart in a phone call on Monday that "
                + "Madrid would reopen the border crossings.")).contains("CONSULT ESP-MAR");
    }

    @Test
    void aWarNamedAsAPeriodIsNoEventOfItsOwn() {
        assertThat(typedPairs("Poland's senate demanded an admission by Berlin that German soldiers executed thousands of "
                + "Polish priests during World War Two.")).contains("DEMAND DEU-POL").doesNotContain("FIGHT DEU-POL");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
