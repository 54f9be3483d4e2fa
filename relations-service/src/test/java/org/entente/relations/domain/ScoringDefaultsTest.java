package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** application.properties and ScoringParameters.defaults() must tell the same story. */
class ScoringDefaultsTest {

    @Test
    void shippedPropertiesMatchTheDocumentedDefaults() throws IOException {
        Properties props = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        ScoringParameters defaults = ScoringParameters.defaults();
        String prefix = "entente.relations.scoring.";
        for (EventType type : EventType.values()) {
            assertThat(Double.parseDouble(props.getProperty(prefix + "type-weight." + type)))
                    .as(type.name()).isEqualTo(defaults.typeWeights().get(type));
        }
        defaults.subtypeBonus().forEach((subtype, bonus) -> assertThat(
                Double.parseDouble(props.getProperty(prefix + "subtype-bonus." + subtype))).as(subtype).isEqualTo(bonus));
        assertThat(Double.parseDouble(props.getProperty(prefix + "half-life-days"))).isEqualTo(defaults.halfLifeDays());
        assertThat(Double.parseDouble(props.getProperty(prefix + "scale"))).isEqualTo(defaults.scale());
        assertThat(Double.parseDouble(props.getProperty(prefix + "intent-factor"))).isEqualTo(defaults.intentFactor());
        assertThat(Double.parseDouble(props.getProperty(prefix + "negated-cooperation-factor")))
                .isEqualTo(defaults.negatedCooperationFactor());
        assertThat(Double.parseDouble(props.getProperty(prefix + "negated-conflict-factor")))
                .isEqualTo(defaults.negatedConflictFactor());
    }
}
