package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aFreePortComesFromBelowTheEphemeralRangeAndCanBeBound() throws Exception {
        int start = Ports.ephemeralRangeStart();
        assertThat(start).isGreaterThan(1024);
        for (int i = 0; i < 20; i++) {
            int port = Ports.free();
            assertThat(port).isBetween(20_000, start - 1);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                assertThat(Ports.isFree(port)).isFalse();
            }
        }
    }
}
