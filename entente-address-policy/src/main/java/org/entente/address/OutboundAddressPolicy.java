package org.entente.address;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps requests to user-given URLs (feeds, webhooks) away from the machine and the network the
 * service runs in (SSRF): a URL whose host resolves to any address that is not public is refused.
 * Call it when the URL is registered and again before every request, so a name that later resolves
 * elsewhere (DNS rebinding) is caught; the JVM caches the answer it checked (30 s by default), so
 * the connection that follows uses the same address. Loopback and private networks can be allowed by
 * configuration (tests, a webhook receiver inside the cluster); metadata, link-local, unspecified,
 * multicast and reserved addresses never.
 */
public final class OutboundAddressPolicy {

    /** Name resolution, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final boolean allowPrivateNetworks;
    private final String settingPrefix;
    private final Resolver resolver;

    /**
     * @param settingPrefix the configuration prefix whose {@code allow-loopback} and
     *     {@code allow-private-networks} keys an operator may set, named in the refusal
     */
    public OutboundAddressPolicy(boolean allowLoopback, boolean allowPrivateNetworks, String settingPrefix,
            Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.settingPrefix = settingPrefix;
        this.resolver = resolver;
    }

    public OutboundAddressPolicy(boolean allowLoopback, boolean allowPrivateNetworks, String settingPrefix) {
        this(allowLoopback, allowPrivateNetworks, settingPrefix, InetAddress::getAllByName);
    }

    /**
     * Refuses a URL that is not http(s) or whose host resolves to a refused address.
     *
     * @throws UnknownHostException when the host does not resolve (nothing can be contacted then anyway)
     */
    public void check(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("only http and https URLs are contacted; got '" + scheme + ":'");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedAddressException("the URL has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : resolver.resolve(bare)) {
            AddressClass kind = AddressRanges.classify(address);
            if (!allowed(kind)) {
                throw new RefusedAddressException("host '" + host + "' resolves to " + address.getHostAddress()
                        + ", " + kind.description() + "; refused to protect internal services (SSRF)" + remedy(kind));
            }
        }
    }

    /** Like {@link #check} but lets a host that does not resolve pass: registration must not depend on DNS today. */
    public void checkIfResolvable(URI url) {
        try {
            check(url);
        } catch (UnknownHostException e) {
            // checked again before every request
        }
    }

    public boolean allowed(AddressClass kind) {
        return switch (kind) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback;
            case PRIVATE -> allowPrivateNetworks;
            case LINK_LOCAL, METADATA, UNSPECIFIED, MULTICAST, RESERVED -> false;
        };
    }

    private String remedy(AddressClass kind) {
        return switch (kind) {
            case LOOPBACK -> "; an operator may allow it with " + settingPrefix + ".allow-loopback=true";
            case PRIVATE -> "; an operator may allow it with " + settingPrefix + ".allow-private-networks=true";
            default -> "";
        };
    }
}
