package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleaseScheduleTest {

    @Test
    void releasesAtTheRateUntilTheTotal() {
        ReleaseSchedule schedule = new ReleaseSchedule(100, 5);
        assertThat(schedule.released()).as("before start").isZero();
        assertThat(schedule.releasedAfter(0)).isEqualTo(1);
        assertThat(schedule.releasedAfter(1.0)).isEqualTo(6);
        assertThat(schedule.releasedAfter(10.1)).isEqualTo(51);
        assertThat(schedule.releasedAfter(3600)).isEqualTo(100);
    }
}
