package org.entente.address;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Classifies an IP address by the IANA special-purpose registries (RFC 6890 and successors). IPv6
 * addresses that carry an IPv4 address (IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) are
 * classified by that IPv4 address, so {@code 2002:7f00:1::} is loopback like 127.0.0.1.
 */
public final class AddressRanges {

    private record Range(byte[] prefix, int bits, AddressClass kind) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** First match wins: the specific entries (metadata) come before the ranges that hold them. */
    private static final List<Range> RANGES = List.of(
            range("169.254.169.254", 32, AddressClass.METADATA),
            range("0.0.0.0", 8, AddressClass.UNSPECIFIED),
            range("127.0.0.0", 8, AddressClass.LOOPBACK),
            range("10.0.0.0", 8, AddressClass.PRIVATE),
            range("172.16.0.0", 12, AddressClass.PRIVATE),
            range("192.168.0.0", 16, AddressClass.PRIVATE),
            range("100.64.0.0", 10, AddressClass.PRIVATE),
            range("169.254.0.0", 16, AddressClass.LINK_LOCAL),
            range("192.0.0.0", 24, AddressClass.RESERVED),
            range("192.0.2.0", 24, AddressClass.RESERVED),
            range("198.18.0.0", 15, AddressClass.RESERVED),
            range("198.51.100.0", 24, AddressClass.RESERVED),
            range("203.0.113.0", 24, AddressClass.RESERVED),
            range("224.0.0.0", 4, AddressClass.MULTICAST),
            range("255.255.255.255", 32, AddressClass.MULTICAST),
            range("240.0.0.0", 4, AddressClass.RESERVED),
            range("fd00:ec2::254", 128, AddressClass.METADATA),
            range("::", 128, AddressClass.UNSPECIFIED),
            range("::1", 128, AddressClass.LOOPBACK),
            range("64:ff9b:1::", 48, AddressClass.PRIVATE),
            range("fc00::", 7, AddressClass.PRIVATE),
            range("fec0::", 10, AddressClass.PRIVATE),
            range("fe80::", 10, AddressClass.LINK_LOCAL),
            range("ff00::", 8, AddressClass.MULTICAST),
            range("100::", 64, AddressClass.RESERVED),
            range("2001:db8::", 32, AddressClass.RESERVED));

    private AddressRanges() {
    }

    public static AddressClass classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Inet4Address embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return classify(embedded);
            }
        }
        for (Range range : RANGES) {
            if (range.contains(bytes)) {
                return range.kind();
            }
        }
        return AddressClass.PUBLIC;
    }

    /** The IPv4 address inside ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) or 2002:aabb:ccdd:: (6to4), if any. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        byte[] v4 = null;
        if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = Arrays.copyOfRange(b, 2, 6);
        } else if (zero(b, 0, 12) && !zero(b, 12, 15)) {
            v4 = Arrays.copyOfRange(b, 12, 16); // IPv4-compatible; :: and ::1 stay IPv6
        } else if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && zero(b, 4, 12)) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        }
        try {
            return v4 == null ? null : (Inet4Address) InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Range range(String literal, int bits, AddressClass kind) {
        try {
            return new Range(InetAddress.getByName(literal).getAddress(), bits, kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
