package org.entente.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.entente.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 and 403 as application/problem+json with a title a person can act on. The texts are fixed: nothing
 * from the request (least of all the presented token) is echoed.
 */
public class AccessProblems {

    static final String TOKEN_REQUIRED = "Admin token required: send Authorization: Bearer <token>; see docs/operations.md";
    static final String ROLE_REQUIRED = "Admin role required: your identity is valid but lacks role 'admin'; "
            + "ask an operator to map your group to admin (see docs/operations.md)";

    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthorized(HttpHeaders headers) {
        return tokenRequired(headers);
    }

    @ServerExceptionMapper(AuthenticationFailedException.class)
    public Response authenticationFailed(HttpHeaders headers) {
        return tokenRequired(headers);
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        return Problem.of(403, ROLE_REQUIRED, "this operation belongs to the admin API (feeds, articles, alert rules, "
                + "admin)").response();
    }

    private static Response tokenRequired(HttpHeaders headers) {
        boolean presented = AdminTokenCheck.bearerToken(headers.getHeaderString(HttpHeaders.AUTHORIZATION)) != null;
        String detail = presented ? "the bearer token sent was not accepted" : "the request carried no bearer token";
        return Response.fromResponse(Problem.of(401, TOKEN_REQUIRED, detail).response())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"entente\"").build();
    }
}
