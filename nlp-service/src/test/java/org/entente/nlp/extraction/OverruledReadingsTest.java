package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OverruledReadingsTest {

    private static ExtractedEvent event(PloverType type, String source, String target) {
        return new ExtractedEvent(0, "s", 0, 1, type, null, type.cameoRoot(), source, target, Modality.ASSERTED, 0.8, "w");
    }

    @Test
    void aTypeTheRulesTurnedIntoAnotherIsRecordedForThePairEitherWay() {
        OverruledReadings overruled = new OverruledReadings();
        overruled.retyped(PloverType.MOBILIZE, PloverType.COOPERATE, "DEU", "LTU");

        assertThat(overruled.on("DEU|LTU")).containsExactly(PloverType.MOBILIZE);
        assertThat(overruled.on("DEU|POL")).isEmpty();
    }

    @Test
    void aReadingKeptAsItWasIsNoRetyping() {
        OverruledReadings overruled = new OverruledReadings();
        overruled.retyped(PloverType.FIGHT, PloverType.FIGHT, "RUS", "UKR");
        overruled.retyped(null, PloverType.FIGHT, "RUS", "UKR");
        // the clash coders code beside a strike on civilians
        overruled.retyped(PloverType.FIGHT, PloverType.ASSAULT, "RUS", "UKR");

        assertThat(overruled.on("RUS|UKR")).isEmpty();
    }

    @Test
    void aConventionOverMadeEventsRecordsWhatItTookAwayNotWhatStays() {
        OverruledReadings overruled = new OverruledReadings();
        // an apology under a demand became the concession; a step back stays beside its concession
        List<ExtractedEvent> before = List.of(event(PloverType.SUPPORT, "JPN", "KOR"), event(PloverType.DEMAND, "KOR", "JPN"),
                event(PloverType.RETREAT, "KEN", "UGA"));
        List<ExtractedEvent> after = List.of(event(PloverType.CONCEDE, "JPN", "KOR"), event(PloverType.DEMAND, "KOR", "JPN"),
                event(PloverType.RETREAT, "KEN", "UGA"), event(PloverType.CONCEDE, "KEN", "UGA"));
        overruled.retyped(before, after);

        assertThat(overruled.on("JPN|KOR")).containsExactly(PloverType.SUPPORT);
        assertThat(overruled.on("KEN|UGA")).isEmpty();
    }
}
