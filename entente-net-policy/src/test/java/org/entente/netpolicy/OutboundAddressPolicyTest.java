package org.entente.netpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class OutboundAddressPolicyTest {

    private static final OutboundAddressPolicy.Resolver LITERALS = InetAddress::getAllByName;

    @Test
    void refusesEachClassNamingItAndTheSettingThatAllowsIt() {
        OutboundAddressPolicy strict = new OutboundAddressPolicy(false, false, LITERALS, "entente.x.webhooks");
        assertThatThrownBy(() -> strict.check(URI.create("http://127.0.0.1:8080/hook")))
                .isInstanceOf(RefusedAddressException.class).hasMessageContaining("loopback")
                .hasMessageContaining("entente.x.webhooks.allow-loopback=true")
                .satisfies(e -> assertThat(((RefusedAddressException) e).kind()).isEqualTo(AddressClass.LOOPBACK));
        assertThatThrownBy(() -> strict.check(URI.create("https://10.0.0.5/"))).hasMessageContaining("private-network")
                .hasMessageContaining("entente.x.webhooks.allow-private-networks=true");
        assertThatThrownBy(() -> strict.check(URI.create("http://198.18.0.1/")))
                .hasMessageContaining("198.18.0.0/15, benchmarking").hasMessageNotContaining("allow-");
        assertThatThrownBy(() -> strict.check(URI.create("http://[2002:7f00:1::1]/"))).hasMessageContaining("6to4");
        assertThatThrownBy(() -> strict.check(URI.create("ftp://93.184.216.34/"))).hasMessageContaining("only http");
        assertThatThrownBy(() -> strict.check(URI.create("http:///nohost"))).hasMessageContaining("no host");
        assertThatCode(() -> strict.check(URI.create("https://93.184.216.34/"))).doesNotThrowAnyException();
    }

    @Test
    void configurationOpensLoopbackAndPrivateButNeverTheRest() {
        OutboundAddressPolicy open = new OutboundAddressPolicy(true, true, LITERALS, "p");
        assertThatCode(() -> open.check(URI.create("http://127.0.0.1/"))).doesNotThrowAnyException();
        assertThatCode(() -> open.check(URI.create("http://192.168.0.10/"))).doesNotThrowAnyException();
        for (String url : new String[] { "http://169.254.169.254/", "http://0.0.0.0/", "http://224.0.0.1/",
                "http://192.0.0.1/", "http://240.0.0.1/", "http://[64:ff9b:1::1]/" }) {
            assertThatThrownBy(() -> open.check(URI.create(url))).as(url).isInstanceOf(RefusedAddressException.class);
        }
    }

    @Test
    void aNameIsRefusedIfAnyOfItsAddressesIsRefused() {
        OutboundAddressPolicy policy = new OutboundAddressPolicy(false, false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("198.51.100.1") }, "p");
        assertThatThrownBy(() -> policy.check(URI.create("https://mixed.example/")))
                .hasMessageContaining("'mixed.example' resolves to 198.51.100.1");
    }

    @Test
    void anUnresolvableHostPassesOnlyTheLenientCheck() {
        OutboundAddressPolicy policy = new OutboundAddressPolicy(false, false, host -> {
            throw new UnknownHostException(host);
        }, "p");
        assertThatCode(() -> policy.checkIfResolvable(URI.create("https://later.example/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(URI.create("https://later.example/"))).isInstanceOf(UnknownHostException.class);
    }
}
