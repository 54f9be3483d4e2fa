package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.entente.embedded.RestartPolicy.Action;
import org.junit.jupiter.api.Test;

/** The supervision rules on a clock in milliseconds: no process, no waiting. */
class RestartPolicyTest {

    /** check 1 s, liveness 30 s, startup 300 s, back-off 10 s doubling to 300 s, reset after 600 s. */
    private static final SupervisionSettings S = new SupervisionSettings(true, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(300), Duration.ofSeconds(10), Duration.ofSeconds(300), Duration.ofSeconds(600));

    @Test
    void aHealthyServiceIsLeftAlone() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        for (long t = 0; t < 3_600_000; t += 5_000) {
            assertThat(p.check(t, true, true)).isEqualTo(Action.NONE);
        }
        assertThat(p.restarts()).isZero();
        assertThat(p.lastReason()).isNull();
    }

    @Test
    void anExitedProcessIsStartedAgainAfterTheBackoff() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        assertThat(p.check(1_000, true, true)).isEqualTo(Action.NONE);
        assertThat(p.check(2_000, false, false)).isEqualTo(Action.NONE);
        assertThat(p.lastReason()).isEqualTo("the process exited");
        assertThat(p.check(11_999, false, false)).isEqualTo(Action.NONE);
        assertThat(p.check(12_000, false, false)).isEqualTo(Action.START);
        assertThat(p.restarts()).isEqualTo(1);
    }

    @Test
    void livenessDownForTheTimeoutKillsAndRestarts() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        p.check(1_000, true, true);
        assertThat(p.check(5_000, true, false)).isEqualTo(Action.NONE);
        assertThat(p.check(34_999, true, false)).isEqualTo(Action.NONE);
        assertThat(p.check(35_000, true, false)).isEqualTo(Action.KILL);
        assertThat(p.lastReason()).isEqualTo("liveness DOWN for 30 s");
        assertThat(p.check(44_999, false, false)).isEqualTo(Action.NONE);
        assertThat(p.check(45_000, false, false)).isEqualTo(Action.START);
    }

    @Test
    void oneLiveAnswerStartsTheDownTimeOver() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        p.check(1_000, true, true);
        p.check(2_000, true, false);
        p.check(31_000, true, true);
        assertThat(p.check(32_000, true, false)).isEqualTo(Action.NONE);
        assertThat(p.check(61_000, true, false)).isEqualTo(Action.NONE);
        assertThat(p.check(62_000, true, false)).isEqualTo(Action.KILL);
    }

    @Test
    void aStartingServiceHasTheStartupTimeoutBeforeLivenessCounts() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        assertThat(p.check(299_999, true, false)).isEqualTo(Action.NONE);
        assertThat(p.check(300_000, true, false)).isEqualTo(Action.KILL);
        assertThat(p.lastReason()).isEqualTo("not live within 300 s of its start");
    }

    @Test
    void aServiceSeenReadyBeforeSupervisionIsJudgedByLivenessAtOnce() {
        RestartPolicy p = new RestartPolicy(S, 0, true);
        assertThat(p.check(1_000, true, false)).isEqualTo(Action.NONE);
        assertThat(p.check(31_000, true, false)).isEqualTo(Action.KILL);
        assertThat(p.lastReason()).isEqualTo("liveness DOWN for 30 s");
    }

    @Test
    void theBackoffDoublesPerFailureInARowUpToItsCap() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        long t = 0;
        StringBuilder delays = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            t += 1_000;
            p.check(t, false, false);
            long wait = p.backoffMillisAhead(t);
            delays.append(wait / 1000).append(' ');
            t += wait;
            assertThat(p.check(t, false, false)).isEqualTo(Action.START);
        }
        assertThat(delays.toString().trim()).isEqualTo("10 20 40 80 160 300 300");
        assertThat(p.restarts()).isEqualTo(7);
    }

    @Test
    void runningWellForTheResetTimeStartsTheBackoffOver() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        p.check(1_000, false, false);
        p.check(11_000, false, false);
        p.check(12_000, false, false);
        assertThat(p.backoffMillisAhead(12_000)).isEqualTo(20_000);
        assertThat(p.check(32_000, false, false)).isEqualTo(Action.START);
        assertThat(p.check(32_000 + 600_000, true, true)).isEqualTo(Action.NONE);
        p.check(32_000 + 601_000, false, false);
        assertThat(p.backoffMillisAhead(32_000 + 601_000)).isEqualTo(10_000);
    }

    @Test
    void aFailedStartWaitsALongerBackoff() {
        RestartPolicy p = new RestartPolicy(S, 0, false);
        p.check(1_000, false, false);
        assertThat(p.check(11_000, false, false)).isEqualTo(Action.START);
        p.startFailed(11_000, "port 8080 is already in use");
        assertThat(p.lastReason()).isEqualTo("could not start: port 8080 is already in use");
        assertThat(p.backoffMillisAhead(11_000)).isEqualTo(20_000);
    }

    @Test
    void settingsComeFromTheEnvironment() {
        assertThat(SupervisionSettings.fromEnvironment(Map.of())).isEqualTo(SupervisionSettings.DEFAULTS);
        SupervisionSettings s = SupervisionSettings.fromEnvironment(Map.of("ENTENTE_LIVENESS_TIMEOUT_SECONDS", "45",
                "ENTENTE_RESTART_BACKOFF_SECONDS", "2", "ENTENTE_SUPERVISE", "FALSE"));
        assertThat(s.livenessTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(s.backoffInitial()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.enabled()).isFalse();
        assertThatThrownBy(() -> SupervisionSettings.fromEnvironment(Map.of("ENTENTE_STARTUP_TIMEOUT_SECONDS", "soon")))
                .hasMessageContaining("ENTENTE_STARTUP_TIMEOUT_SECONDS");
        assertThatThrownBy(() -> SupervisionSettings.fromEnvironment(Map.of("ENTENTE_SUPERVISE", "maybe")))
                .hasMessageContaining("ENTENTE_SUPERVISE");
    }

    @Test
    void statusSaysRestartsAndTheLastReason() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("nlp-service.pid", "42");
        p.setProperty("nlp-service.restarts", "0");
        assertThat(StatusReport.supervised(p, "nlp-service")).isEqualTo("pid 42  restarts 0");
        p.setProperty("nlp-service.restarts", "2");
        p.setProperty("nlp-service.last-reason", "liveness DOWN for 30 s");
        p.setProperty("nlp-service.last-restart", "2026-12-04T05:40:12Z");
        assertThat(StatusReport.supervised(p, "nlp-service"))
                .isEqualTo("pid 42  restarts 2 (last 2026-12-04T05:40:12Z: liveness DOWN for 30 s)");
    }
}
