package org.entente.relations.alerts;

import java.time.Instant;

/**
 * Whether a rule's new match raises an alert or joins the rule's open alert on the same pair: it joins
 * while the latest alert was raised no more than the rule's {@code suppressSeconds} ago (0 or less:
 * every match is an alert of its own). Keeps a burst of reports on one pair to one alert.
 */
public final class AlertSuppression {

    private AlertSuppression() {
    }

    /**
     * @param latestRaisedAt when the rule's latest alert on the pair was raised, null when it has none
     * @return true when the match joins that alert, false when it raises a new one
     */
    public static boolean joinsOpenAlert(long suppressSeconds, Instant latestRaisedAt, Instant now) {
        if (suppressSeconds <= 0 || latestRaisedAt == null) {
            return false;
        }
        return !latestRaisedAt.isBefore(now.minusSeconds(suppressSeconds));
    }

    /** Whether gathering a story changed the alert enough to publish a new revision. */
    public static boolean revises(int addedEvidence, boolean merged, boolean reworded) {
        return addedEvidence > 0 || merged || reworded;
    }
}
