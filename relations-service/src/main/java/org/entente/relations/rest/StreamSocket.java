package org.entente.relations.rest;

import io.netty.channel.ChannelOption;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Caps the kernel's send buffer of one alert-stream connection. Linux grows a socket's send buffer up to
 * {@code net.ipv4.tcp_wmem}'s maximum (4 MiB by default), so a client that never reads can take a whole replay
 * into kernel memory; every write then looks taken, and the stream's own bound (events written and not yet
 * taken) never sees the client fall behind. With a small fixed buffer a non-reader stops taking bytes after a few
 * events, and {@link AlertStreamClient} drops it. Only stream connections get it: downloads keep autotuning.
 */
final class StreamSocket {

    private StreamSocket() {
    }

    /** @return whether the cap was set (false when the connection is not a Vert.x TCP connection) */
    static boolean capSendBuffer(HttpServerRequest request, int bytes) {
        if (request != null && request.connection() instanceof ConnectionBase connection) {
            connection.channel().config().setOption(ChannelOption.SO_SNDBUF, bytes);
            return true;
        }
        return false;
    }
}
