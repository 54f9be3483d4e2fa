package org.entente.netpolicy;

/** What kind of address a host resolved to; a refusal names it. */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private-network address"),
    LINK_LOCAL("a link-local address"),
    UNSPECIFIED("an unspecified address"),
    MULTICAST("a multicast or broadcast address"),
    SPECIAL_PURPOSE("a special-purpose address that is not globally reachable");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
