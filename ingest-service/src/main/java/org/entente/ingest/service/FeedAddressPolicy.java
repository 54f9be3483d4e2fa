package org.entente.ingest.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import org.entente.ingest.config.IngestConfig;

/**
 * Keeps feed fetching away from the machine and the network it runs in (SSRF): a URL whose host resolves to
 * a loopback, private, link-local (cloud metadata at 169.254.169.254), unspecified or multicast address is
 * refused, at registration and before every request, redirect hops included, so a name that later resolves
 * elsewhere (DNS rebinding) is caught when it is fetched. The JVM caches the answer it checked (30 s by
 * default), so the connection that follows the check uses the same address. Loopback and private networks
 * can be allowed by configuration; link-local, unspecified and multicast never.
 */
@Singleton
public class FeedAddressPolicy {

    /** What kind of address a host resolved to; the refusal names it. */
    public enum AddressClass {
        PUBLIC("a public address"),
        LOOPBACK("a loopback address (127.0.0.0/8, ::1)"),
        PRIVATE("a private-network address (RFC 1918, 100.64.0.0/10, fc00::/7)"),
        LINK_LOCAL("a link-local address (169.254.0.0/16 incl. cloud metadata 169.254.169.254, fe80::/10)"),
        UNSPECIFIED("an unspecified address (0.0.0.0/8, ::)"),
        MULTICAST("a multicast or broadcast address");

        private final String description;

        AddressClass(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Name resolution, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final boolean allowPrivateNetworks;
    private final Resolver resolver;

    @Inject
    public FeedAddressPolicy(IngestConfig config) {
        this(config.feeds().allowLoopback(), config.feeds().allowPrivateNetworks(), InetAddress::getAllByName);
    }

    public FeedAddressPolicy(boolean allowLoopback, boolean allowPrivateNetworks, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    /**
     * Refuses a URL that is not http(s) or whose host resolves to a refused address.
     *
     * @throws UnknownHostException when the host does not resolve (nothing is fetched then anyway)
     */
    public void check(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedFeedAddressException("only http and https feed URLs are fetched; got '" + scheme + ":'");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedFeedAddressException("the URL has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : resolver.resolve(bare)) {
            AddressClass kind = classify(address);
            if (!allowed(kind)) {
                throw new RefusedFeedAddressException("host '" + host + "' resolves to " + address.getHostAddress()
                        + ", " + kind.description() + "; refused to protect internal services (SSRF)" + remedy(kind));
            }
        }
    }

    /** Like {@link #check} but lets a host that does not resolve pass: registration must not depend on DNS today. */
    public void checkIfResolvable(URI url) {
        try {
            check(url);
        } catch (UnknownHostException e) {
            // Checked again at every fetch.
        }
    }

    private boolean allowed(AddressClass kind) {
        return switch (kind) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback;
            case PRIVATE -> allowPrivateNetworks;
            case LINK_LOCAL, UNSPECIFIED, MULTICAST -> false;
        };
    }

    private static String remedy(AddressClass kind) {
        return switch (kind) {
            case LOOPBACK -> "; an operator may allow it with entente.ingest.feeds.allow-loopback=true";
            case PRIVATE -> "; an operator may allow it with entente.ingest.feeds.allow-private-networks=true";
            default -> "";
        };
    }

    public static AddressClass classify(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                return classify(embedded);
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return AddressClass.PRIVATE;
            }
        }
        if (address.isAnyLocalAddress()) {
            return AddressClass.UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return AddressClass.LOOPBACK;
        }
        if (address.isLinkLocalAddress()) {
            return AddressClass.LINK_LOCAL;
        }
        if (address.isMulticastAddress()) {
            return AddressClass.MULTICAST;
        }
        if (address.isSiteLocalAddress()) {
            return AddressClass.PRIVATE;
        }
        if (address instanceof Inet4Address) {
            int first = address.getAddress()[0] & 0xff;
            int second = address.getAddress()[1] & 0xff;
            if (first == 0) {
                return AddressClass.UNSPECIFIED;
            }
            if (first == 100 && second >= 64 && second < 128) {
                return AddressClass.PRIVATE;
            }
            if (Arrays.equals(address.getAddress(), new byte[] {-1, -1, -1, -1})) {
                return AddressClass.MULTICAST;
            }
        }
        return AddressClass.PUBLIC;
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        boolean lowZero = b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
        if (!(compatible && !lowZero) && !nat64) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
