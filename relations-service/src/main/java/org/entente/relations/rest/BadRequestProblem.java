package org.entente.relations.rest;

/** A request the API cannot answer; the title tells the caller what to change. */
public class BadRequestProblem extends RuntimeException {

    private final int status;

    public BadRequestProblem(String title) {
        this(400, title);
    }

    public BadRequestProblem(int status, String title) {
        super(title);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
