package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where the coding guide draws the line between types the dictionary reads otherwise (lane LE, precision): violating or
 * entering another state's airspace is COERCE, not the dictionary's MOBILIZE; a state "beaten" by its name or capital lost
 * a match, a vote or a bid, no assault; "slapped curbs / a levy on" imposes a penalty (SANCTION), no slap; forces deployed into
 * a state itself are
 * stationed there with it (COOPERATE), near, off or at its border they are a show of force (MOBILIZE). Sentences written
 * for this test, not
 * taken from an evaluation set.
 */
class TypeLinesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void violatingAirspaceIsCoercion() {
        assertThat(typedPairs("A Chinese military drone violated Japanese airspace near Okinawa on Monday, Tokyo said."))
                .contains("COERCE CHN-JPN").doesNotContain("MOBILIZE CHN-JPN");
        assertThat(typedPairs("Belarusian helicopters entered Polish airspace during exercises near the border."))
                .contains("COERCE BLR-POL");
    }

    @Test
    void aStateBeatenByNameLostAContest() {
        assertThat(typedPairs("Morocco beat Portugal to reach the World Cup semi-finals for the first time.")).isEmpty();
        assertThat(typedPairs("Riyadh beat Rome and Busan in the vote to host the 2030 expo.")).isEmpty();
    }

    @Test
    void slappingCurbsOnAStateSanctionsIt() {
        assertThat(typedPairs("Washington slapped visa curbs on Brazilian officials on Friday."))
                .contains("SANCTION BRA-USA").doesNotContain("ASSAULT BRA-USA");
        assertThat(typedPairs("India slapped a 20 percent levy on Chinese steel imports on Monday."))
                .contains("SANCTION CHN-IND");
    }

    @Test
    void forcesStationedInAStateCooperateWithIt() {
        assertThat(typedPairs("Germany deployed a brigade to Lithuania on Thursday, its first permanent foreign deployment."))
                .contains("COOPERATE DEU-LTU").doesNotContain("MOBILIZE DEU-LTU");
        assertThat(typedPairs("Russia has deployed tactical nuclear weapons to Belarus, Putin said."))
                .contains("COOPERATE BLR-RUS").doesNotContain("MOBILIZE BLR-RUS");
    }

    @Test
    void forcesDeployedNearAStateStayAShowOfForce() {
        assertThat(typedPairs("Turkey deployed troops and tanks to its border with Syria ahead of an offensive."))
                .contains("MOBILIZE SYR-TUR").doesNotContain("COOPERATE SYR-TUR");
        assertThat(typedPairs("China deployed warships near Taiwan on Sunday.")).contains("MOBILIZE CHN-TWN");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
