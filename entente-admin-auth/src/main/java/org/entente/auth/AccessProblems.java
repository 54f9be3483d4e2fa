package org.entente.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as application/problem+json with a title a person can act on. The texts are fixed: nothing
 * from the request (least of all the presented token) is echoed.
 */
public class AccessProblems {

    static final String MEDIA_TYPE = "application/problem+json";
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
        return problem(403, ROLE_REQUIRED, "this operation belongs to the admin API (feeds, articles, alert rules, admin)");
    }

    private static Response tokenRequired(HttpHeaders headers) {
        boolean presented = AdminTokenCheck.bearerToken(headers.getHeaderString(HttpHeaders.AUTHORIZATION)) != null;
        String detail = presented ? "the bearer token sent was not accepted" : "the request carried no bearer token";
        return Response.fromResponse(problem(401, TOKEN_REQUIRED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"entente\"").build();
    }

    static Response problem(int status, String title, String detail) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
