package org.entente.netpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AddressClassifierTest {

    @Test
    void classifiesTheUsualClasses() throws UnknownHostException {
        expect(Map.ofEntries(
                Map.entry("127.0.0.1", AddressClass.LOOPBACK), Map.entry("127.8.9.10", AddressClass.LOOPBACK),
                Map.entry("::1", AddressClass.LOOPBACK), Map.entry("::ffff:127.0.0.1", AddressClass.LOOPBACK),
                Map.entry("::127.0.0.1", AddressClass.LOOPBACK), Map.entry("64:ff9b::7f00:1", AddressClass.LOOPBACK),
                Map.entry("10.1.2.3", AddressClass.PRIVATE), Map.entry("172.16.0.1", AddressClass.PRIVATE),
                Map.entry("172.31.255.254", AddressClass.PRIVATE), Map.entry("192.168.1.1", AddressClass.PRIVATE),
                Map.entry("100.64.0.1", AddressClass.PRIVATE), Map.entry("100.127.255.255", AddressClass.PRIVATE),
                Map.entry("fd12:3456::1", AddressClass.PRIVATE), Map.entry("fec0::1", AddressClass.PRIVATE),
                Map.entry("169.254.169.254", AddressClass.LINK_LOCAL), Map.entry("fe80::1", AddressClass.LINK_LOCAL),
                Map.entry("0.0.0.0", AddressClass.UNSPECIFIED), Map.entry("::", AddressClass.UNSPECIFIED),
                Map.entry("0.1.2.3", AddressClass.UNSPECIFIED),
                Map.entry("224.0.0.1", AddressClass.MULTICAST), Map.entry("239.255.255.250", AddressClass.MULTICAST),
                Map.entry("ff02::1", AddressClass.MULTICAST), Map.entry("255.255.255.255", AddressClass.MULTICAST),
                Map.entry("93.184.216.34", AddressClass.PUBLIC), Map.entry("172.32.0.1", AddressClass.PUBLIC),
                Map.entry("100.128.0.1", AddressClass.PUBLIC), Map.entry("2606:2800:220:1::1", AddressClass.PUBLIC),
                Map.entry("64:ff9b::5db8:d822", AddressClass.PUBLIC))); // NAT64 of 93.184.216.34
    }

    /** The ranges a hostile-input review found missing, and the rest of IANA's special-purpose registries. */
    @Test
    void refusesTheSpecialPurposeRanges() throws UnknownHostException {
        expect(Map.ofEntries(
                Map.entry("192.0.0.1", AddressClass.SPECIAL_PURPOSE), Map.entry("192.0.0.170", AddressClass.SPECIAL_PURPOSE),
                Map.entry("192.0.2.10", AddressClass.SPECIAL_PURPOSE), Map.entry("192.88.99.1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("198.18.0.1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("198.19.255.254", AddressClass.SPECIAL_PURPOSE),
                Map.entry("198.51.100.7", AddressClass.SPECIAL_PURPOSE), Map.entry("203.0.113.9", AddressClass.SPECIAL_PURPOSE),
                Map.entry("240.0.0.1", AddressClass.SPECIAL_PURPOSE), Map.entry("254.1.2.3", AddressClass.SPECIAL_PURPOSE),
                Map.entry("64:ff9b:1::a00:1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("64:ff9b:1:ffff::1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("2002:7f00:1::1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("2002:5db8:d822::1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("2001::1", AddressClass.SPECIAL_PURPOSE), Map.entry("2001:2::1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("2001:db8::1", AddressClass.SPECIAL_PURPOSE), Map.entry("3fff::1", AddressClass.SPECIAL_PURPOSE),
                Map.entry("100::1", AddressClass.SPECIAL_PURPOSE), Map.entry("5f00::1", AddressClass.SPECIAL_PURPOSE),
                // neighbours just outside stay public
                Map.entry("198.20.0.1", AddressClass.PUBLIC), Map.entry("192.0.3.1", AddressClass.PUBLIC),
                Map.entry("2003::1", AddressClass.PUBLIC), Map.entry("2001:4860::8888", AddressClass.PUBLIC)));
    }

    @Test
    void nat64AndMappedFormsAreJudgedByTheirIpv4Address() throws UnknownHostException {
        expect(Map.of("64:ff9b::a00:1", AddressClass.PRIVATE, "64:ff9b::c0a8:101", AddressClass.PRIVATE,
                "64:ff9b::a9fe:a9fe", AddressClass.LINK_LOCAL, "::10.0.0.1", AddressClass.PRIVATE,
                "64:ff9b::c612:1", AddressClass.SPECIAL_PURPOSE));
        // an IPv4-mapped address kept as IPv6 (the JDK turns a mapped literal into IPv4; a crafted object may not)
        byte[] mapped = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 10, 0, 0, 1 };
        assertThat(AddressClassifier.classify(Inet6Address.getByAddress(null, mapped, -1)).kind())
                .isEqualTo(AddressClass.PRIVATE);
    }

    @Test
    void theDescriptionNamesTheRange() throws UnknownHostException {
        assertThat(AddressClassifier.classify(InetAddress.getByName("198.18.0.1")).describe())
                .contains("198.18.0.0/15").contains("benchmarking");
        assertThat(AddressClassifier.classify(InetAddress.getByName("93.184.216.34")).describe())
                .isEqualTo("a public address");
    }

    private static void expect(Map<String, AddressClass> expected) throws UnknownHostException {
        for (Map.Entry<String, AddressClass> e : expected.entrySet()) {
            assertThat(AddressClassifier.classify(InetAddress.getByName(e.getKey())).kind()).as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }
}
