package org.entente.nlp.rest;

import java.time.Duration;

/** Too many extractions over REST at once; answered 429 with Retry-After. */
public class TooBusyException extends RuntimeException {

    private final Duration retryAfter;

    public TooBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
