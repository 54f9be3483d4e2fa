package org.entente.address;

/** What kind of address a host resolved to; a refusal names it. */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address (127.0.0.0/8, ::1)"),
    PRIVATE("a private-network address (RFC 1918, 100.64.0.0/10, fc00::/7, 64:ff9b:1::/48)"),
    LINK_LOCAL("a link-local address (169.254.0.0/16, fe80::/10)"),
    METADATA("a cloud metadata address (169.254.169.254, fd00:ec2::254)"),
    UNSPECIFIED("an unspecified address (0.0.0.0/8, ::)"),
    MULTICAST("a multicast or broadcast address"),
    RESERVED("a special-purpose address (192.0.0.0/24, documentation ranges, 198.18.0.0/15, 240.0.0.0/4)");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
