package org.entente.netpolicy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps a service's outbound HTTP away from the machine and the network it runs in (SSRF): a URL that is not
 * http(s), or whose host resolves to anything but a public address ({@link AddressClassifier}), is refused.
 * Call {@link #check} before every request, redirect hops included, so a name that later resolves elsewhere
 * (DNS rebinding) is caught when it is used; the JVM caches the answer it checked (30 s by default), so the
 * connection that follows uses the same address. Loopback and private networks can be allowed by
 * configuration (local runs, tests); link-local (cloud metadata), unspecified, multicast and the other
 * special-purpose ranges never.
 */
public class OutboundAddressPolicy {

    /** Name resolution, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final boolean allowPrivateNetworks;
    private final Resolver resolver;
    private final String settingsPrefix;

    /**
     * @param settingsPrefix where the two allow-settings live, named in the refusal, e.g. {@code entente.ingest.feeds}
     *        for {@code entente.ingest.feeds.allow-loopback}
     */
    public OutboundAddressPolicy(boolean allowLoopback, boolean allowPrivateNetworks, Resolver resolver,
            String settingsPrefix) {
        this.allowLoopback = allowLoopback;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
        this.settingsPrefix = settingsPrefix;
    }

    /**
     * Refuses a URL that is not http(s) or whose host resolves to a refused address.
     *
     * @throws RefusedAddressException naming the address and its class
     * @throws UnknownHostException when the host does not resolve (nothing can be fetched then anyway)
     */
    public void check(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("only http and https URLs are fetched; got '" + scheme + ":'", null);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedAddressException("the URL has no host", null);
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : resolver.resolve(bare)) {
            AddressClassifier.Classification c = AddressClassifier.classify(address);
            if (!allowed(c.kind())) {
                throw new RefusedAddressException("host '" + host + "' resolves to " + address.getHostAddress() + ", "
                        + c.describe() + "; refused to protect internal services (SSRF)" + remedy(c.kind()), c.kind());
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

    private boolean allowed(AddressClass kind) {
        return switch (kind) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback;
            case PRIVATE -> allowPrivateNetworks;
            case LINK_LOCAL, UNSPECIFIED, MULTICAST, SPECIAL_PURPOSE -> false;
        };
    }

    private String remedy(AddressClass kind) {
        return switch (kind) {
            case LOOPBACK -> "; an operator may allow it with " + settingsPrefix + ".allow-loopback=true";
            case PRIVATE -> "; an operator may allow it with " + settingsPrefix + ".allow-private-networks=true";
            default -> "";
        };
    }
}
