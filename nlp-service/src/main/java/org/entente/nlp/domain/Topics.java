package org.entente.nlp.domain;

/** Channel and topic names, shared by the code, application.properties and the tests. */
public final class Topics {

    /** Incoming channel and topic of Article v1 records. */
    public static final String ARTICLES = "articles";
    /** Outgoing channel and topic of Event v1 records. */
    public static final String EVENTS = "events";
    /** Dead-letter topic of the {@link #ARTICLES} consumer. */
    public static final String ARTICLES_DLQ = "articles-dlq";
    /** Consumer group of nlp-service on {@link #ARTICLES}. */
    public static final String CONSUMER_GROUP = "nlp-service";

    private Topics() {
    }
}
