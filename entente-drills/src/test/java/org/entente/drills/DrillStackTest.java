package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrillStackTest {

    @Test
    void nlpServiceAndItsReplicasStartMarkingAtEightyFivePercentAsTheLauncherRunsThem() {
        assertThat(DrillStack.jvmOptions("nlp-service")).containsExactly("-Xmx1g", "-XX:-G1UseAdaptiveIHOP",
                "-XX:InitiatingHeapOccupancyPercent=85");
        assertThat(DrillStack.jvmOptions("nlp-service-2")).isEqualTo(DrillStack.jvmOptions("nlp-service"));
        assertThat(DrillStack.jvmOptions("relations-service")).containsExactly("-Xmx384m");
        assertThat(DrillStack.jvmOptions("ingest-service")).containsExactly("-Xmx384m");
    }
}
