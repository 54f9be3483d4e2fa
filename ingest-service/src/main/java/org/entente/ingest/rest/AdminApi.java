package org.entente.ingest.rest;

/**
 * The OpenAPI tag of ingest-service's admin operations (every endpoint here is admin: feeds, POST
 * /api/v1/articles). Their bearer security scheme is declared on FeedResource: SmallRye OpenAPI reads
 * {@code @SecurityScheme} from resource classes only.
 */
final class AdminApi {

    static final String TAG = "admin API";
    static final String TAG_DESCRIPTION = "Needs Authorization: Bearer <admin token> (role admin); answers 401/403 "
            + "problem+json otherwise. See docs/api.md.";

    private AdminApi() {
    }
}
