package org.entente.nlp.service;

/**
 * A text or article that cannot be extracted, with a message a person can act on. On the topic
 * path the message becomes the dead-letter reason; on the REST path the problem's title.
 */
public class RejectedTextException extends RuntimeException {

    private final SkipReason reason;

    public RejectedTextException(SkipReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedTextException(SkipReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
