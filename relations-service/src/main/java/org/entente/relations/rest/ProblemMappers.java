package org.entente.relations.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every client error leaves as {@code application/problem+json}. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response badRequest(BadRequestProblem e) {
        return problem(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = status == 404 ? "no such resource; see /q/swagger-ui for the API" : e.getMessage();
        return problem(status, title);
    }

    static Response problem(int status, String title) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, null))
                .build();
    }
}
