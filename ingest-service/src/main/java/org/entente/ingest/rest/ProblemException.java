package org.entente.ingest.rest;

/** Thrown by resources to answer with a problem+json of the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String detail;

    public ProblemException(int status, String title, String detail) {
        super(title);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
