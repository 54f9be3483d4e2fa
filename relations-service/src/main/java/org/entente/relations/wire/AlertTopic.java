package org.entente.relations.wire;

/** Channel and topic of Alert v1 records, shared with the tests. */
public final class AlertTopic {

    /** Outgoing channel and topic; the key is the pair ({@code IRN|SAU}). */
    public static final String ALERTS = "alerts";

    private AlertTopic() {
    }
}
