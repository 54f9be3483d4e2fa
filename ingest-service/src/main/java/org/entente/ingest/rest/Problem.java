package org.entente.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Said when the title is all there is to say: every refusal changes nothing. */
    private static final String DEFAULT_DETAIL = "the request was refused and changed nothing; every endpoint and "
            + "field is described at /q/swagger-ui";

    public static Response response(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail == null ? DEFAULT_DETAIL : detail)).build();
    }
}
