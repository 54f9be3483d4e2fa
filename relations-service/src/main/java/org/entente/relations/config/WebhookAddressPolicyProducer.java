package org.entente.relations.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.entente.netpolicy.OutboundAddressPolicy;

/** The SSRF policy for webhook URLs, checked when a rule is saved and before every delivery. */
@ApplicationScoped
public class WebhookAddressPolicyProducer {

    @Produces
    @Singleton
    OutboundAddressPolicy webhookAddresses(AlertConfig config) {
        return new OutboundAddressPolicy(config.webhook().allowLoopback(), config.webhook().allowPrivateNetworks(),
                java.net.InetAddress::getAllByName, "entente.relations.alerts.webhook");
    }
}
