package org.entente.netpolicy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts an IP address into an {@link AddressClass}, from IANA's IPv4 and IPv6 special-purpose address registries.
 * IPv6 forms that carry an IPv4 address which a gateway would reach (IPv4-mapped, IPv4-compatible, the NAT64
 * well-known prefix 64:ff9b::/96) are judged by that IPv4 address; 6to4 (2002::/16), Teredo (in 2001::/23) and
 * local-use NAT64 (64:ff9b:1::/48) are refused as a whole, since they can reach any IPv4 address.
 */
public final class AddressClassifier {

    /** What an address is: its class and the registry entry it matched (null for a public address). */
    public record Classification(AddressClass kind, String range) {

        /** E.g. "a special-purpose address that is not globally reachable (198.18.0.0/15, benchmarking)". */
        public String describe() {
            return range == null ? kind.description() : kind.description() + " (" + range + ")";
        }
    }

    private record Range(String cidr, byte[] network, int prefixLength, AddressClass kind, String label) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[full] & mask) == (network[full] & mask);
        }
    }

    /** First match wins: more specific entries come before the ranges that contain them. */
    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/8", AddressClass.UNSPECIFIED, "\"this network\""),
            range("10.0.0.0/8", AddressClass.PRIVATE, "RFC 1918"),
            range("100.64.0.0/10", AddressClass.PRIVATE, "shared address space, RFC 6598"),
            range("127.0.0.0/8", AddressClass.LOOPBACK, "loopback"),
            range("169.254.0.0/16", AddressClass.LINK_LOCAL, "incl. cloud metadata 169.254.169.254"),
            range("172.16.0.0/12", AddressClass.PRIVATE, "RFC 1918"),
            range("192.0.0.0/24", AddressClass.SPECIAL_PURPOSE, "IETF protocol assignments"),
            range("192.0.2.0/24", AddressClass.SPECIAL_PURPOSE, "documentation, TEST-NET-1"),
            range("192.88.99.0/24", AddressClass.SPECIAL_PURPOSE, "deprecated 6to4 relay anycast"),
            range("192.168.0.0/16", AddressClass.PRIVATE, "RFC 1918"),
            range("198.18.0.0/15", AddressClass.SPECIAL_PURPOSE, "benchmarking"),
            range("198.51.100.0/24", AddressClass.SPECIAL_PURPOSE, "documentation, TEST-NET-2"),
            range("203.0.113.0/24", AddressClass.SPECIAL_PURPOSE, "documentation, TEST-NET-3"),
            range("224.0.0.0/4", AddressClass.MULTICAST, "multicast"),
            range("255.255.255.255/32", AddressClass.MULTICAST, "limited broadcast"),
            range("240.0.0.0/4", AddressClass.SPECIAL_PURPOSE, "reserved for future use"),
            range("::/128", AddressClass.UNSPECIFIED, "unspecified"),
            range("::1/128", AddressClass.LOOPBACK, "loopback"),
            range("64:ff9b:1::/48", AddressClass.SPECIAL_PURPOSE, "local-use IPv4/IPv6 translation"),
            range("100::/64", AddressClass.SPECIAL_PURPOSE, "discard-only"),
            range("2001::/23", AddressClass.SPECIAL_PURPOSE, "IETF protocol assignments, incl. Teredo 2001::/32"),
            range("2001:db8::/32", AddressClass.SPECIAL_PURPOSE, "documentation"),
            range("2002::/16", AddressClass.SPECIAL_PURPOSE, "6to4, which reaches any IPv4 address"),
            range("3fff::/20", AddressClass.SPECIAL_PURPOSE, "documentation"),
            range("5f00::/16", AddressClass.SPECIAL_PURPOSE, "segment routing (SRv6) SIDs"),
            range("fc00::/7", AddressClass.PRIVATE, "unique local"),
            range("fe80::/10", AddressClass.LINK_LOCAL, "link-local"),
            range("fec0::/10", AddressClass.PRIVATE, "deprecated site-local"),
            range("ff00::/8", AddressClass.MULTICAST, "multicast"));

    private AddressClassifier() {
    }

    public static Classification classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Inet4Address embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return classify(embedded);
            }
        }
        for (Range r : RANGES) {
            if (r.contains(bytes)) {
                return new Classification(r.kind(), r.cidr() + ", " + r.label());
            }
        }
        return new Classification(AddressClass.PUBLIC, null);
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d, but not :: and ::1)
     * or NAT64 well-known-prefix (64:ff9b::a.b.c.d) IPv6 address; null for any other.
     */
    private static Inet4Address embeddedIpv4(byte[] b) {
        boolean zeros80 = allZero(b, 0, 10);
        boolean mapped = zeros80 && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12);
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Range range(String cidr, AddressClass kind, String label) {
        int slash = cidr.indexOf('/');
        try {
            // literals only: getByName does no DNS lookup for them
            byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new Range(cidr, network, Integer.parseInt(cidr.substring(slash + 1)), kind, label);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bad range literal " + cidr, e);
        }
    }
}
