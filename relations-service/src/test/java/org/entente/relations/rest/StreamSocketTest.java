package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * The cap reaches into Vert.x internals ({@code ConnectionBase}); when an upgrade moves them it would stop
 * applying without a word. This test runs the real Vert.x HTTP server the service runs on and reads the option back.
 */
class StreamSocketTest {

    /** Far from Linux's default (16 KiB, autotuned upward), so an uncapped connection cannot pass. */
    private static final int ASKED = 50_000;

    @Test
    void theSendBufferOfARealVertxConnectionIsCapped() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<Integer> seen = new CompletableFuture<>();
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
                boolean capped = StreamSocket.capSendBuffer(request, ASKED);
                Integer buffer = capped
                        ? ((ConnectionBase) request.connection()).channel().config().getOption(ChannelOption.SO_SNDBUF)
                        : -1;
                seen.complete(buffer);
                request.response().end();
            }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            // Linux reports twice what was asked (room for its own bookkeeping); other kernels report it as asked.
            assertThat(seen.get(10, TimeUnit.SECONDS)).as("SO_SNDBUF of the stream's connection").isBetween(ASKED, 2 * ASKED);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutAConnectionNothingIsCapped() {
        assertThat(StreamSocket.capSendBuffer(null, 16384)).isFalse();
    }
}
