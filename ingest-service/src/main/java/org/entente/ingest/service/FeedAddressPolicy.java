package org.entente.ingest.service;

import java.net.InetAddress;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.entente.ingest.config.IngestConfig;
import org.entente.netpolicy.OutboundAddressPolicy;

/**
 * Where feeds and article pages may be fetched from (SSRF): the shared {@link OutboundAddressPolicy} of
 * entente-net-policy with ingest-service's two settings, {@code entente.ingest.feeds.allow-loopback} and
 * {@code allow-private-networks}. Checked at registration and before every request, redirect hops included.
 */
@Singleton
public class FeedAddressPolicy extends OutboundAddressPolicy {

    static final String SETTINGS = "entente.ingest.feeds";

    @Inject
    public FeedAddressPolicy(IngestConfig config) {
        this(config.feeds().allowLoopback(), config.feeds().allowPrivateNetworks(), InetAddress::getAllByName);
    }

    public FeedAddressPolicy(boolean allowLoopback, boolean allowPrivateNetworks, Resolver resolver) {
        super(allowLoopback, allowPrivateNetworks, resolver, SETTINGS);
    }
}
