package org.entente.nlp.messaging;

/** The broker refused or did not acknowledge an article's events; the article is dead-lettered. */
public class EventsNotSentException extends RuntimeException {

    public EventsNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
