package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DrillOptionsTest {

    @Test
    void optionsOverrideDefaultsAndUnknownOnesAreRefusedWithTheList() {
        DrillOptions o = new DrillOptions(new String[] { "--minutes", "3" }, Map.of("minutes", "30", "rate", "5"));
        assertThat(o.integer("minutes")).isEqualTo(3);
        assertThat(o.decimal("rate")).isEqualTo(5.0);
        assertThatThrownBy(() -> new DrillOptions(new String[] { "--minuets", "3" }, Map.of("minutes", "30")))
                .hasMessageContaining("unexpected argument '--minuets'").hasMessageContaining("minutes=30");
        assertThatThrownBy(() -> new DrillOptions(new String[] { "--minutes" }, Map.of("minutes", "30")))
                .hasMessageContaining("unexpected argument");
    }

    @Test
    void serviceEnvironmentIsReadFromKeyValuePairs() {
        assertThat(FaultSuite.environment("")).isEmpty();
        assertThat(FaultSuite.environment("nlp-service:A_B=1, C=x=y"))
                .containsExactly(Map.entry("nlp-service:A_B", "1"), Map.entry("C", "x=y"));
        assertThatThrownBy(() -> FaultSuite.environment("novalue")).hasMessageContaining("KEY=VALUE");
    }
}
