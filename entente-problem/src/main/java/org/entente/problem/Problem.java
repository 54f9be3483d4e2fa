package org.entente.problem;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer of every Entente service. The title says what
 * to change; the detail says more, or (when there is nothing more) that the refusal changed nothing and
 * where the API is described.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Every refusal changes nothing: a service checks a request before it acts on it. */
    public static final String DEFAULT_DETAIL = "the request was refused and changed nothing; every endpoint, "
            + "parameter and body is described at /q/swagger-ui";

    /** {@code type} is always {@code about:blank}: the status and the title say it all (RFC 9457, 4.2.1). */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail == null ? DEFAULT_DETAIL : detail);
    }

    /** The answer carrying this problem. */
    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
