package org.entente.relations.rest;

/** OpenAPI examples of the alerting API. */
final class AlertExamples {

    static final String ALERT = """
            {"schemaVersion": 1, "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "revision": 2,
             "ruleId": "3f2b6c1e-8a4d-4e7f-9c0b-1d2e3f4a5b6c", "ruleName": "Saudi defense pacts",
             "severity": "high", "kind": "event", "pair": "PAK|SAU", "nations": ["PAK", "SAU"],
             "message": "AGREE (defense_pact) SAU -> PAK", "scoreBefore": 12.4, "scoreAfter": 19.8,
             "eventCount": 3, "sourceCount": 2, "eventIds": ["0b8e3f7c1d2a4b5c6d7e8f9a0b1c2d3e"],
             "evidence": [{"eventId": "0b8e3f7c1d2a4b5c6d7e8f9a0b1c2d3e",
               "sentence": "Saudi Arabia and Pakistan signed a mutual defense pact on Wednesday.",
               "articleUrl": "https://news.example.org/world/saudi-pakistan-pact",
               "articleTitle": "Saudi Arabia and Pakistan sign defense pact", "eventTime": "2026-11-21T08:00:00Z"}],
             "firstEventTime": "2026-11-21T08:00:00Z", "lastEventTime": "2026-11-21T08:04:00Z",
             "raisedAt": "2026-11-21T08:00:06Z", "updatedAt": "2026-11-21T08:04:05Z"}""";

    static final String PAGE = "{\"alerts\": [" + ALERT + "], \"nextCursor\": "
            + "\"2026-11-21T08:00:06Z,7c9e6679-7425-40de-944b-e07fc1f90ae7\"}";

    static final String SSE = "id: 42\nevent: alert\ndata: {\"schemaVersion\": 1, \"id\": \"7c9e6679-...\", ...}\n\n";

    static final String RULE_EVENT = """
            {"name": "Saudi defense pacts", "severity": "high", "nation": "SAU", "trigger": "event",
             "types": ["AGREE"], "subtypes": ["defense_pact"], "suppress": "PT30M"}""";

    static final String RULE_THRESHOLD = """
            {"name": "Iran and Saudi Arabia turn friendly", "severity": "medium", "pair": "IRN|SAU",
             "trigger": "threshold", "threshold": 20, "direction": "up"}""";

    static final String RULE_CHANGE = """
            {"name": "Sudden cooling anywhere", "severity": "critical", "trigger": "change", "change": 15,
             "window": "P7D", "direction": "down",
             "webhook": {"url": "https://hooks.example.org/entente", "secret": "a-long-shared-secret-value"}}""";

    static final String RULE_FIRST_CONTACT = """
            {"name": "New contacts", "severity": "low", "trigger": "first_contact"}""";

    static final String RULE_VIEW = """
            {"id": "3f2b6c1e-8a4d-4e7f-9c0b-1d2e3f4a5b6c", "name": "Saudi defense pacts", "enabled": true,
             "severity": "high", "nation": "SAU", "pair": null, "trigger": "event", "types": ["AGREE"],
             "subtypes": ["defense_pact"], "modalities": [], "threshold": null, "change": null, "window": null,
             "direction": null, "suppress": "PT30M", "webhookUrl": null, "webhookSigned": false,
             "createdAt": "2026-11-21T07:55:00Z", "updatedAt": "2026-11-21T07:55:00Z"}""";

    private AlertExamples() {
    }
}
