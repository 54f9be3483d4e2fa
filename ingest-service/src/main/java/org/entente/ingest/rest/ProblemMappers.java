package org.entente.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.entente.ingest.service.FeedConflictException;
import org.entente.ingest.service.FeedNotFoundException;
import org.entente.ingest.service.PublishFailedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every error a client can cause (or must be told about) to application/problem+json. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.getMessage(), e.detail());
    }

    @ServerExceptionMapper
    public Response invalid(IllegalArgumentException e) {
        return Problem.response(400, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notFound(FeedNotFoundException e) {
        return Problem.response(404, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(FeedConflictException e) {
        return Problem.response(409, e.getMessage(), "delete it first, or leave it as it is");
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        return Problem.response(503, "Kafka did not acknowledge the articles; nothing was recorded, retry later",
                e.getMessage());
    }

    /** Registered for the exact type too, so a wrong shape wins over Quarkus's built-in (non-problem) answer. */
    @ServerExceptionMapper({MismatchedInputException.class, JsonProcessingException.class})
    public Response badJson(JsonProcessingException e) {
        return Problem.response(400, "the request body is not valid JSON: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json); // Quarkus REST wraps a body Jackson cannot read (broken JSON or UTF-8)
        }
        String title = status == 415 ? "send the body as application/json"
                : status == 413 ? "the request body is too large"
                // Jakarta REST answers 404 when a path id does not convert to a UUID
                : status == 404 && e.getCause() != null ? "no such feed: the id is not a feed id ("
                        + e.getCause().getMessage() + "); use an id returned by POST /api/v1/feeds"
                : e.getMessage();
        return Problem.response(status, title, null);
    }
}
