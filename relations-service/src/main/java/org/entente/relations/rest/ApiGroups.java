package org.entente.relations.rest;

/**
 * The two API groups of docs/api.md as OpenAPI tags: the read API (analysts, no credentials) and the admin API
 * (role admin: alert rules, tie-model parameters and recompute). The paths stay as they were; the role separates.
 */
final class ApiGroups {

    static final String READ = "read API";
    static final String READ_DESCRIPTION = "For analysts and the dashboard: no credentials.";
    static final String ADMIN = "admin API";
    static final String ADMIN_DESCRIPTION = "Needs Authorization: Bearer <admin token> (role admin); answers 401/403 "
            + "problem+json otherwise. See docs/api.md.";

    private ApiGroups() {
    }
}
