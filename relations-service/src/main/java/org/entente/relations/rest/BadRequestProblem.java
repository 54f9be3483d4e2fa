package org.entente.relations.rest;

/** A request the API cannot answer; the title tells the caller what to change. */
public class BadRequestProblem extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    public BadRequestProblem(String title) {
        this(400, title);
    }

    public BadRequestProblem(int status, String title) {
        this(status, title, 0);
    }

    /** A refusal for now (429, 503): the answer carries Retry-After. */
    public BadRequestProblem(int status, String title, long retryAfterSeconds) {
        super(title);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** Seconds to wait before trying again; 0 when trying again will not help. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
