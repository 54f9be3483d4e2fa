package org.entente.relations.rest;

import java.util.List;

/** Strings an attacker or a careless client sends in parameters: each must come back as a 4xx problem. */
final class HostileStrings {

    static final List<String> ALL = List.of(
            "' OR 1=1--",
            "'; DROP TABLE relations.ties;--",
            "'; DROP TABLE relations.tie;--",
            "<script>alert(1)</script>",
            "%00",
            "SAU\u0000IRN",
            "\u202EUAS",
            "SAU\u202E\u2066",
            "Z".repeat(2_000),
            "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}");

    private HostileStrings() {
    }
}
