package org.entente.relations.rest;

import java.time.Instant;
import java.util.List;

import org.entente.relations.wire.AlertMessage;

/**
 * An alert as the API returns it. Its JSON is Alert v1 field for field (AlertViewTest holds the two together), but
 * it is a type of its own: the REST answer may grow without touching the record on topic {@code alerts}, and the
 * topic's record may change only with its schema.
 */
public record AlertView(
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

    /** One source of the alert: the sentence and the article it came from. */
    public record Evidence(String eventId, String sentence, String articleUrl, String articleTitle,
            Instant eventTime) {
    }

    /** One page of alerts, newest first, and the cursor of the next page (null on the last). */
    public record Page(List<AlertView> alerts, String nextCursor) {
    }

    static AlertView of(AlertMessage m) {
        return new AlertView(m.schemaVersion(), m.id(), m.revision(), m.ruleId(), m.ruleName(), m.severity(), m.kind(),
                m.pair(), m.nations(), m.message(), m.scoreBefore(), m.scoreAfter(), m.eventCount(), m.sourceCount(),
                m.eventIds(), m.evidence().stream().map(e -> new Evidence(e.eventId(), e.sentence(), e.articleUrl(),
                        e.articleTitle(), e.eventTime())).toList(),
                m.firstEventTime(), m.lastEventTime(), m.raisedAt(), m.updatedAt(), m.mergedInto());
    }
}
