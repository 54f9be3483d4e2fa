package org.entente.auth;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns the configured admin token into an identity with role {@value AdminAccess#ROLE}. */
@ApplicationScoped
public class AdminTokenIdentityProvider implements IdentityProvider<AdminTokenRequest> {

    /** The principal name of a caller that presented the shared admin token (audit lines name it). */
    public static final String PRINCIPAL = "admin-token";

    private final AdminTokenCheck check;

    public AdminTokenIdentityProvider(AdminAuthConfig config) {
        this.check = new AdminTokenCheck(config.token());
    }

    @Override
    public Class<AdminTokenRequest> getRequestType() {
        return AdminTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(AdminTokenRequest request, AuthenticationRequestContext context) {
        if (!check.matches(request.token())) {
            // No token in the message: exceptions reach logs at debug level.
            return Uni.createFrom().failure(new AuthenticationFailedException("the bearer token is not the admin token"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(PRINCIPAL))
                .addRole(AdminAccess.ROLE)
                .build());
    }
}
