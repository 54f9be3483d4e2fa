package org.entente.ingest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP server on 127.0.0.1 that answers every connection with an HTTP status line and then response
 * headers that never end, one byte per {@code interval}: never silent long enough for a read timeout, never
 * done. (com.sun.net.httpserver cannot send headers slowly.)
 */
public final class TricklingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "trickling-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean open = true;

    public TricklingServer(Duration interval) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (open) {
                try {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    threads.execute(() -> trickle(client, interval));
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    private void trickle(Socket client, Duration interval) {
        byte[] start = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nX-Padding: "
                .getBytes(StandardCharsets.US_ASCII);
        try (client; OutputStream out = client.getOutputStream()) {
            out.write(start);
            out.flush();
            while (open) {
                Thread.sleep(interval.toMillis());
                out.write('a');
                out.flush();
            }
        } catch (IOException e) {
            // the client gave up: what a deadline is for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** Connections accepted so far (each poll of a feed on this server is one). */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
