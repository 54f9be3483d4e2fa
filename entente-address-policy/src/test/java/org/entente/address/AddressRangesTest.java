package org.entente.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK", "2002:7f00:1::, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.31.255.255, PRIVATE", "192.168.0.1, PRIVATE", "100.64.0.1, PRIVATE",
            "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "64:ff9b:1::a00:1, PRIVATE", "64:ff9b::a00:1, PRIVATE",
            "2002:a00:1::, PRIVATE",
            "169.254.169.254, METADATA", "fd00:ec2::254, METADATA", "64:ff9b::a9fe:a9fe, METADATA",
            "::ffff:169.254.169.254, METADATA",
            "169.254.1.1, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED",
            "224.0.0.1, MULTICAST", "255.255.255.255, MULTICAST", "ff02::1, MULTICAST",
            "192.0.0.8, RESERVED", "192.0.2.1, RESERVED", "198.18.0.1, RESERVED", "198.19.255.254, RESERVED",
            "198.51.100.7, RESERVED", "203.0.113.9, RESERVED", "240.0.0.1, RESERVED", "2001:db8::1, RESERVED",
            "8.8.8.8, PUBLIC", "1.1.1.1, PUBLIC", "2a00:1450:4001::1, PUBLIC", "198.20.0.1, PUBLIC",
            "2002:808:808::, PUBLIC", "64:ff9b::808:808, PUBLIC"})
    void classifiesByTheSpecialPurposeRegistries(String literal, AddressClass expected) throws UnknownHostException {
        assertThat(AddressRanges.classify(InetAddress.getByName(literal))).isEqualTo(expected);
    }

    @Test
    void aStrictPolicyRefusesEveryInternalAddressAndSaysWhy() {
        OutboundAddressPolicy strict = new OutboundAddressPolicy(false, false, "entente.x", InetAddress::getAllByName);
        for (String url : new String[] {"http://127.0.0.1:8080/", "http://[::1]/", "http://10.0.0.5/hook",
                "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://192.0.0.170/",
                "http://198.18.0.1/", "http://240.0.0.1/", "http://[64:ff9b:1::a00:1]/", "http://[2002:7f00:1::]/"}) {
            assertThatThrownBy(() -> strict.check(URI.create(url))).as(url)
                    .isInstanceOf(RefusedAddressException.class).hasMessageContaining("SSRF");
        }
        assertThatThrownBy(() -> strict.check(URI.create("file:///etc/passwd"))).hasMessageContaining("http and https");
    }

    @Test
    void loopbackAndPrivateNetworksCanBeAllowedMetadataNever() {
        OutboundAddressPolicy open = new OutboundAddressPolicy(true, true, "entente.x", InetAddress::getAllByName);
        assertThatCode(() -> open.check(URI.create("http://127.0.0.1:9/"))).doesNotThrowAnyException();
        assertThatCode(() -> open.check(URI.create("http://10.0.0.1/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> open.check(URI.create("http://169.254.169.254/"))).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> open.check(URI.create("http://[fd00:ec2::254]/"))).isInstanceOf(RefusedAddressException.class);
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        OutboundAddressPolicy policy = new OutboundAddressPolicy(false, false, "entente.x",
                host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")});
        assertThatThrownBy(() -> policy.check(URI.create("https://rebind.example.org/")))
                .hasMessageContaining("10.0.0.1").hasMessageContaining("allow-private-networks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://user:secret@hooks.example.org/x|https://***@hooks.example.org/x",
            "http://a:p@ss@host.example/?q=1|http://***@host.example/?q=1",
            "https://hooks.example.org/x?mail=a@b.c|https://hooks.example.org/x?mail=a@b.c",
            "https://hooks.example.org/x|https://hooks.example.org/x"})
    void credentialsInAUrlAreNeverShown(String url, String shown) {
        assertThat(UrlRedaction.redact(url)).isEqualTo(shown);
    }
}
