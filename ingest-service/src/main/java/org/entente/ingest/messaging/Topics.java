package org.entente.ingest.messaging;

/** Channel and topic names, shared with the tests; application.properties configures the same names. */
public final class Topics {

    /** Outgoing channel that writes Article v1 records. */
    public static final String ARTICLES_OUT = "articles-out";
    /** Kafka topic of Article v1 records, keyed by article id. */
    public static final String ARTICLES = "articles";

    private Topics() {
    }
}
