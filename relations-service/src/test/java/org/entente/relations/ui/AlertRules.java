package org.entente.relations.ui;

import static org.entente.relations.testing.AdminClient.given;

/** Creates alert rules over the alerting API (docs/alerts.md) for the live-alert browser test. */
final class AlertRules {

    static final String PATH = "/api/v1/alert-rules";

    private AlertRules() {
    }

    /** Creates a high-severity rule that fires on any event of the pair; a refusal fails the test. */
    static void watchPair(String pair) {
        String body = """
                {"name": "dashboard test %s", "severity": "high", "scope": "pair", "pair": "%s",
                 "trigger": "event", "suppressSeconds": 0}
                """.formatted(pair, pair);
        // No skip on 404/405: the alert-rule API is this service's own, so its absence is a failure.
        given().contentType("application/json").body(body).post(PATH).then().statusCode(201);
    }
}
