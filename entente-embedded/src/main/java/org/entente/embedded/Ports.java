package org.entente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Local TCP ports: find a free one, or fail early with a message a person can act on. */
public final class Ports {

    private static final int LOWEST = 20_000;
    private static final Random RANDOM = new Random();

    private Ports() {
    }

    /**
     * A free port below the kernel's ephemeral range when one is found there. A port the kernel hands out
     * (port 0) comes from that range, which outgoing connections draw from too: a service started on it
     * seconds later, or restarted on it after a kill, can find it taken by some client's socket (the fault
     * suite saw relations-service fail so).
     */
    public static int free() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 100 && below > LOWEST + 1000; attempt++) {
            int port = LOWEST + RANDOM.nextInt(below - LOWEST);
            if (isFree(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    /** The first port of Linux's ephemeral range, 32768 where it cannot be read. */
    static int ephemeralRangeStart() {
        try {
            // readAllLines, not readString: /proc reports a size of 0 and readString then returns one byte.
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws {@link PortInUseException} when something already listens on {@code port}. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new PortInUseException(port, what);
        }
    }

    /** A port another program already holds. */
    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(int port, String what) {
            super("port " + port + " for " + what + " is already in use; stop what holds it (e.g. `ss -ltnp | grep :"
                    + port + "`) or choose another port");
        }
    }
}
