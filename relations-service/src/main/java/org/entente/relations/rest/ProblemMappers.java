package org.entente.relations.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every client error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    /** The title is the specific part; the detail says what a refused request did, the same for all. */
    private static final String DETAIL = "the request was refused and changed nothing; every endpoint and parameter "
            + "is described at /q/swagger-ui";

    @ServerExceptionMapper
    public Response badRequest(BadRequestProblem e) {
        Response problem = problem(e.status(), e.getMessage());
        if (e.retryAfterSeconds() > 0) {
            problem.getHeaders().putSingle("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return problem;
    }

    /** Registered for the exact type too, so it wins over Quarkus's built-in JSON (not problem) answer. */
    @ServerExceptionMapper({MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadableBody(JsonProcessingException e) {
        return problem(400, "the request body is not the JSON this endpoint takes: " + e.getOriginalMessage()
                + "; see the example at /q/swagger-ui");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json); // Quarkus REST wraps a body Jackson cannot read (broken JSON or UTF-8)
        }
        if (status == 404 && e.getCause() != null) {
            // Jakarta REST answers 404 when a typed query parameter (limit, evidence, minEvents) does not convert
            return problem(400, "a parameter has the wrong form (" + e.getCause().getMessage()
                    + "); limit, evidence and minEvents take whole numbers, e.g. limit=50");
        }
        String title = status == 404 ? "no such resource; see /q/swagger-ui for the API" : e.getMessage();
        return problem(status, title);
    }

    static Response problem(int status, String title) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, DETAIL))
                .build();
    }
}
