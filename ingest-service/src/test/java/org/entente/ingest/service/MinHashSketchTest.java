package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashSketchTest {

    static final String STORY = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, cutting tariffs on "
            + "maize, rice and cement and opening the Namanga border post around the clock. The two governments said "
            + "the deal ends a dispute that had kept hundreds of lorries waiting at the border since March, and "
            + "promised a joint committee to settle future quarrels within thirty days. Traders on both sides welcomed "
            + "the accord, though some farmers warned that cheaper imports could hurt prices before the harvest.";

    @Test
    void aOneWordEditIsANearDuplicate() {
        MinHashSketch a = MinHashSketch.of(STORY);
        MinHashSketch b = MinHashSketch.of(STORY.replace("Tuesday", "Wednesday"));
        assertThat(a.similarity(b)).isGreaterThanOrEqualTo(0.8);
        assertThat(a.isNearDuplicateOf(b)).isTrue();
        assertThat(a.isNearDuplicateOf(MinHashSketch.of(STORY.replace("maize", "wheat").toUpperCase()))).isTrue();
    }

    @Test
    void anotherStoryOnTheSameTopicIsNot() {
        String other = "Kenya and Tanzania traded accusations on Friday over lorries stuck at the Namanga border, "
                + "where drivers said they had waited for a week. Tanzania's trade minister said Kenyan inspectors "
                + "had added new checks on maize and cement, and Nairobi answered that the checks follow the "
                + "agreement signed in Arusha. Traders on both sides asked the two governments to settle the quarrel "
                + "before the harvest.";
        assertThat(MinHashSketch.of(STORY).similarity(MinHashSketch.of(other))).isLessThan(0.3);
        assertThat(MinHashSketch.of(STORY).isNearDuplicateOf(MinHashSketch.of(other))).isFalse();
    }

    @Test
    void nearDuplicatesShareABandKeyAndSurviveStorage() {
        MinHashSketch a = MinHashSketch.of(STORY);
        MinHashSketch b = MinHashSketch.of(STORY.replace("thirty", "sixty"));
        long[] ka = a.bandKeys();
        long[] kb = b.bandKeys();
        int shared = 0;
        for (int i = 0; i < MinHashSketch.BANDS; i++) {
            shared += ka[i] == kb[i] ? 1 : 0;
        }
        assertThat(shared).isPositive();
        assertThat(MinHashSketch.fromBytes(a.toBytes()).similarity(a)).isEqualTo(1.0);
        assertThat(MinHashSketch.fromBytes(a.toBytes()).bandKeys()).containsExactly(ka);
    }

    @Test
    void shortTextsAreOneShingle() {
        assertThat(MinHashSketch.shingleHashes("Two words")).hasSize(1);
        assertThat(MinHashSketch.shingleHashes("one two three four")).hasSize(2);
        assertThat(MinHashSketch.of("").similarity(MinHashSketch.of("  "))).isEqualTo(1.0);
        assertThat(MinHashSketch.ofLongText("Polling story number 0: Saudi Arabia and Iran agreed to restore "
                + "diplomatic relations.")).isNull();
        assertThat(MinHashSketch.ofLongText(STORY)).isNotNull();
    }
}
