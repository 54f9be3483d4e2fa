package org.entente.auth;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The admin credential of a service; docs/operations.md says how to set and rotate it. */
@ConfigMapping(prefix = "entente.admin")
public interface AdminAuthConfig {

    /**
     * The bearer token admin calls must send ({@code ENTENTE_ADMIN_TOKEN}, from a Secret). Unset or empty:
     * no token is accepted, so admin calls fail closed with 401 (OIDC, when enabled, can still grant the role).
     */
    Optional<String> token();
}
