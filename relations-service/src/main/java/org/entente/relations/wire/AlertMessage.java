package org.entente.relations.wire;

import java.time.Instant;
import java.util.List;

/**
 * Alert v1 (docs/contracts.md): what goes to topic {@code alerts}, the SSE stream and webhooks.
 * A revision greater than 1 is the same alert with more events and sources; consumers keep the latest. A
 * revision with {@code mergedInto} set retracts the alert: its story event is now the alert of that id.
 */
public record AlertMessage(
        int schemaVersion,
        String id,
        int revision,
        String ruleId,
        String ruleName,
        String severity,
        String kind,
        String pair,
        List<String> nations,
        String message,
        double scoreBefore,
        double scoreAfter,
        int eventCount,
        int sourceCount,
        List<String> eventIds,
        List<Evidence> evidence,
        Instant firstEventTime,
        Instant lastEventTime,
        Instant raisedAt,
        Instant updatedAt,
        String mergedInto) {

    public static final int SCHEMA_VERSION = 1;

    /** One source of the alert: the sentence and the article it came from. */
    public record Evidence(String eventId, String sentence, String articleUrl, String articleTitle,
            Instant eventTime) {
    }
}
