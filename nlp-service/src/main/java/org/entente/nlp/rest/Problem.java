package org.entente.nlp.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, answered as {@code application/problem+json}. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Said when the title is all there is to say. */
    private static final String DEFAULT_DETAIL = "the request was refused; the endpoint and an example body are "
            + "described at /q/swagger-ui";

    public static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail == null ? DEFAULT_DETAIL : detail))
                .build();
    }
}
