package org.entente.problem;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by a resource to answer with a problem+json: one factory per status an Entente API uses. The message
 * is the title; a null detail becomes {@link Problem#DEFAULT_DETAIL}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String detail;
    private final Duration retryAfter;

    private ProblemException(int status, String title, String detail, Duration retryAfter) {
        super(title);
        this.status = status;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String title) {
        return badRequest(title, null);
    }

    public static ProblemException badRequest(String title, String detail) {
        return new ProblemException(400, title, detail, null);
    }

    public static ProblemException notFound(String title) {
        return new ProblemException(404, title, null, null);
    }

    public static ProblemException conflict(String title) {
        return conflict(title, null);
    }

    public static ProblemException conflict(String title, String detail) {
        return new ProblemException(409, title, detail, null);
    }

    public static ProblemException tooLarge(String title, String detail) {
        return new ProblemException(413, title, detail, null);
    }

    /** Well-formed but not something the service can work on (nlp-service: a text that is not English). */
    public static ProblemException unprocessable(String title, String detail) {
        return new ProblemException(422, title, detail, null);
    }

    /** Too many requests of this client or kind at once; trying again after {@code retryAfter} may succeed. */
    public static ProblemException tooManyRequests(String title, String detail, Duration retryAfter) {
        return new ProblemException(429, title, detail, retryAfter);
    }

    /** The service cannot answer now; {@code retryAfter} (null when unknown) is sent as Retry-After. */
    public static ProblemException unavailable(String title, String detail, Duration retryAfter) {
        return new ProblemException(503, title, detail, retryAfter);
    }

    public int status() {
        return status;
    }

    /** The answer: the problem, and Retry-After in whole seconds (at least 1) when there is one. */
    public Response response() {
        Response response = Problem.of(status, getMessage(), detail).response();
        if (retryAfter != null) {
            response.getHeaders().putSingle("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        return response;
    }
}
