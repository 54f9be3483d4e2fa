package org.entente.relations.ui;

import static org.entente.relations.testing.AdminClient.given;

/** Creates alert rules over the alerting API (docs/alerts.md) for the live-alert browser test. */
final class AlertRules {

    static final String PATH = "/api/v1/alert-rules";

    private AlertRules() {
    }

    /** A high-severity rule that fires on any event of the pair; false when no rule API answers. */
    static boolean watchPair(String pair) {
        String body = """
                {"name": "dashboard test %s", "severity": "high", "scope": "pair", "pair": "%s",
                 "trigger": "event", "suppressSeconds": 0}
                """.formatted(pair, pair);
        int status = given().contentType("application/json").body(body).post(PATH).statusCode();
        if (status == 404 || status == 405) {
            return false;
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("creating an alert rule answered " + status + " at " + PATH);
        }
        return true;
    }
}
