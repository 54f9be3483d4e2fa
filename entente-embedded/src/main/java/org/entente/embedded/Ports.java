package org.entente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Local TCP ports: find a free one, or fail early with a message a person can act on. */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
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
