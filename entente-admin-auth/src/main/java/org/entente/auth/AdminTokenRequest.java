package org.entente.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented to an admin endpoint. {@link #toString()} never shows it. */
public final class AdminTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public AdminTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    @Override
    public String toString() {
        return "AdminTokenRequest[token hidden]";
    }
}
