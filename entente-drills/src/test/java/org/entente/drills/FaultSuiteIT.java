package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The fault suite on the packaged services: a clean run and a run with three kills, a broker
 * restart and a database restart must leave equal articles, events, ties, rollups and alerts.
 * Articles per run: {@code -Ddrills.faults.articles} (profile {@code faults}: 2,000).
 */
class FaultSuiteIT {

    @Test
    void killsAndRestartsLoseNothingAndCountNothingTwice() throws Exception {
        assumeFalse(Boolean.parseBoolean(System.getProperty("drills.faults.skip", "false")), "-Ddrills.faults.skip=true");
        Path home = Path.of(System.getProperty("entente.home", "..")).toAbsolutePath().normalize();
        int articles = Integer.getInteger("drills.faults.articles", 2000);
        FaultSuite.Result result = FaultSuite.run(home, articles, 8, 40, 2, Duration.ofMinutes(20),
                Corpus.DEFAULT_SEED, FaultSuite.environment(System.getProperty("drills.faults.service-env", "")), System.out);
        assertThat(result.summary()).startsWith("FAULTS PASS");
        assertThat(result.mismatches()).isEmpty();
    }
}
