package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The hostile drill on the packaged services (HostileDrill): every hostile input gets its
 * refusal or dead letter, valid articles still become ties, no service restarts, no heap reaches its
 * limit. {@code -Ddrills.hostile.skip=true} leaves it out of a local {@code ./mvnw verify}.
 */
class HostileDrillIT {

    @Test
    void noSingleInputStopsEntente() throws Exception {
        assumeFalse(Boolean.parseBoolean(System.getProperty("drills.hostile.skip", "false")), "-Ddrills.hostile.skip=true");
        Path home = Path.of(System.getProperty("entente.home", "..")).toAbsolutePath().normalize();
        HostileDrill.Result result = HostileDrill.run(home, System.out);
        assertThat(result.failures()).as(result.summary()).isEmpty();
        assertThat(result.summary()).startsWith("HOSTILE PASS");
    }
}
