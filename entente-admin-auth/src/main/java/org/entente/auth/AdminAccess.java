package org.entente.auth;

/** Names shared by the services, their OpenAPI documents and their tests. */
public final class AdminAccess {

    /** The role every admin endpoint requires ({@code @RolesAllowed(AdminAccess.ROLE)}). */
    public static final String ROLE = "admin";

    /** The OpenAPI security scheme admin operations name (HTTP bearer). */
    public static final String SECURITY_SCHEME = "adminBearer";

    /** The header that carries the credential: {@code Authorization: Bearer <token>}. */
    public static final String HEADER = "Authorization";

    /** The token every service's {@code %test} profile accepts. */
    public static final String TEST_TOKEN = "test-admin-token";

    private AdminAccess() {
    }
}
