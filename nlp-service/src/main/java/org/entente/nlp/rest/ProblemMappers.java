package org.entente.nlp.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.entente.nlp.service.RejectedTextException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns rejected input into problem+json answers whose title says what to change. */
public class ProblemMappers {

    private static final int UNPROCESSABLE = 422;
    private static final int TOO_MANY_REQUESTS = 429;

    @ServerExceptionMapper
    public Response rejected(RejectedTextException e) {
        int status = switch (e.reason()) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
            case NOT_ENGLISH -> UNPROCESSABLE;
            default -> Response.Status.BAD_REQUEST.getStatusCode();
        };
        return Problem.response(status, e.getMessage(), "reason: " + e.reason().tag());
    }

    @ServerExceptionMapper
    public Response tooBusy(TooBusyException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Response.fromResponse(Problem.response(TOO_MANY_REQUESTS, e.getMessage(),
                "retry after " + seconds + " s")).header("Retry-After", seconds).build();
    }

    /**
     * A body of the wrong JSON shape (an array, a time that is not one): registered for the exact type too,
     * so it wins over Quarkus's built-in answer, which is plain JSON rather than a problem.
     */
    @ServerExceptionMapper({MismatchedInputException.class, JsonProcessingException.class})
    public Response wrongShape(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(),
                "the request body is not the JSON this endpoint takes; send {\"text\": \"...\"}",
                e.getOriginalMessage());
    }

    /** Quarkus REST reports a body Jackson cannot read as a 400 WebApplicationException caused by Jackson. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return Problem.response(status, "the request body is not valid JSON; send {\"text\": \"...\"}",
                    json.getOriginalMessage());
        }
        return Problem.response(status, e.getMessage(), null);
    }
}
