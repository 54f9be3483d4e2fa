package org.entente.nlp.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import org.entente.nlp.service.RejectedTextException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns rejected input into problem+json answers whose title says what to change. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response rejected(RejectedTextException e) {
        Response.Status status = switch (e.reason()) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case NOT_ENGLISH -> Response.Status.fromStatusCode(422);
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, e.getMessage(), "reason: " + e.reason().tag());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST,
                "the request body is not valid JSON; send {\"text\": \"...\"}", e.getOriginalMessage());
    }
}
