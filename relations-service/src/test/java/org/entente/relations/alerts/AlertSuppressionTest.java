package org.entente.relations.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AlertSuppressionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aMatchJoinsTheLatestAlertRaisedWithinTheWindowIncludingItsEdge() {
        assertThat(AlertSuppression.joinsOpenAlert(1800, NOW.minusSeconds(60), NOW)).isTrue();
        assertThat(AlertSuppression.joinsOpenAlert(1800, NOW.minusSeconds(1800), NOW)).isTrue();
        assertThat(AlertSuppression.joinsOpenAlert(1800, NOW.minusSeconds(1801), NOW)).isFalse();
    }

    @Test
    void withoutAWindowOrAnEarlierAlertEveryMatchRaisesItsOwn() {
        assertThat(AlertSuppression.joinsOpenAlert(0, NOW.minusSeconds(1), NOW)).isFalse();
        assertThat(AlertSuppression.joinsOpenAlert(-5, NOW, NOW)).isFalse();
        assertThat(AlertSuppression.joinsOpenAlert(1800, null, NOW)).isFalse();
    }

    @Test
    void anAlertIsRevisedOnlyWhenGatheringChangedIt() {
        assertThat(AlertSuppression.revises(0, false, false)).isFalse();
        assertThat(AlertSuppression.revises(2, false, false)).isTrue();
        assertThat(AlertSuppression.revises(0, true, false)).isTrue();
        assertThat(AlertSuppression.revises(0, false, true)).isTrue();
    }
}
