package org.entente.auth;

/** Names shared by the services, their OpenAPI documents and their tests. */
public final class AdminAccess {

    /** The role every admin endpoint requires ({@code @RolesAllowed(AdminAccess.ROLE)}). */
    public static final String ROLE = "admin";

    /** The OpenAPI security scheme admin operations name (HTTP bearer). */
    public static final String SECURITY_SCHEME = "adminBearer";

    /** Its description, the same in every service's OpenAPI document. */
    public static final String SECURITY_SCHEME_DESCRIPTION = "The admin token (ENTENTE_ADMIN_TOKEN; locally in "
            + ".entente/admin-token), or an OIDC access token with role admin where an operator enabled OIDC. "
            + "Read endpoints need no credentials.";

    /** The header that carries the credential: {@code Authorization: Bearer <token>}. */
    public static final String HEADER = "Authorization";

    /** The token every service's {@code %test} profile accepts. */
    public static final String TEST_TOKEN = "test-admin-token";

    private AdminAccess() {
    }
}
