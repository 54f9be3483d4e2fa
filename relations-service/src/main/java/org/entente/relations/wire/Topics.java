package org.entente.relations.wire;

/** Channel and topic names, shared with the tests. */
public final class Topics {

    /** Incoming channel and topic of Event v1 records. */
    public static final String EVENTS = "events";
    /** Where poison events go, with the SmallRye {@code dead-letter-reason} header. */
    public static final String EVENTS_DLQ = "events-dlq";
    public static final String CONSUMER_GROUP = "relations-service";

    /** Outgoing channel and topic of Alert v1 records; the key is the pair ({@code IRN|SAU}). */
    public static final String ALERTS = "alerts";

    private Topics() {
    }
}
