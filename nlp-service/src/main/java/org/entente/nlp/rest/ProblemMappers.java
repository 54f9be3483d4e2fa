package org.entente.nlp.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.entente.nlp.service.RejectedTextException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns rejected input into problem+json answers whose title says what to change. */
public class ProblemMappers {

    private static final int UNPROCESSABLE = 422;

    @ServerExceptionMapper
    public Response rejected(RejectedTextException e) {
        int status = switch (e.reason()) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
            case NOT_ENGLISH -> UNPROCESSABLE;
            default -> Response.Status.BAD_REQUEST.getStatusCode();
        };
        return Problem.response(status, e.getMessage(), "reason: " + e.reason().tag());
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
