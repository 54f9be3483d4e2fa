package org.entente.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The refusals every service shares, as problem+json: a {@link ProblemException}, a body that is not the JSON
 * an endpoint takes, and the errors Quarkus REST raises itself (415, 413, a parameter that does not convert).
 * A service maps only its own exceptions, to {@link ProblemException#response()}.
 */
public class ProblemMappers {

    static final String SEE_EXAMPLE = "; see the example at /q/swagger-ui";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.response();
    }

    /**
     * Registered for the exact types too, so it wins over Quarkus's built-in answer, which is plain JSON rather
     * than a problem.
     */
    @ServerExceptionMapper({ MismatchedInputException.class, JsonProcessingException.class })
    public Response unreadableBody(JsonProcessingException e) {
        String what = e instanceof MismatchedInputException ? "not the JSON this endpoint takes" : "not valid JSON";
        return Problem.of(400, "the request body is " + what + ": " + e.getOriginalMessage() + SEE_EXAMPLE, null)
                .response();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json); // Quarkus REST wraps a body Jackson cannot read (broken JSON or UTF-8)
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // Jakarta REST answers 404 when a typed path or query parameter (a UUID, a number) does not convert
            return Problem.of(400, "a parameter has the wrong form (" + e.getCause().getMessage()
                    + "); see /q/swagger-ui for the form each parameter takes, e.g. an id is a UUID", null)
                    .response();
        }
        String title = switch (status) {
            case 404 -> "no such resource; see /q/swagger-ui for the API";
            case 413 -> "the request body is too large";
            case 415 -> "send the body as application/json";
            default -> e.getMessage();
        };
        return Problem.of(status, title, null).response();
    }
}
