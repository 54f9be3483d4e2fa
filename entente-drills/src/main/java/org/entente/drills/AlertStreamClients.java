package org.entente.drills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The alert stream's limits (replay, slow and idle clients) from the client side, on raw sockets:
 * readers that reconnect with {@code lastEventId=0} and count the alerts replayed to them, clients that ask the same and never
 * read, and a slowloris connection that never finishes its request headers.
 */
final class AlertStreamClients implements AutoCloseable {

    private final int port;
    private final List<Socket> idle = new ArrayList<>();

    AlertStreamClients(int port) {
        this.port = port;
    }

    /** {@code clients} readers at once, each reading for {@code window}; the alert ids each received. */
    List<Integer> replay(int clients, Duration window) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                counts.add(pool.submit(() -> readFor(window)));
            }
            List<Integer> result = new ArrayList<>();
            for (Future<Integer> f : counts) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** -1 when the connection failed or was answered with something else than 200. */
    private int readFor(Duration window) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            // A busy machine may take seconds to answer 60 clients at once; the answer itself is not timed.
            s.setSoTimeout(60_000);
            s.getOutputStream().write(request().getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status == null || !status.contains(" 200 ")) {
                return -1;
            }
            s.setSoTimeout(1_000);
            int ids = 0;
            long end = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < end) {
                try {
                    String line = in.readLine();
                    if (line == null) {
                        break;
                    }
                    if (line.startsWith("id:")) {
                        ids++;
                    }
                } catch (SocketTimeoutException e) {
                    // quiet stream: keep waiting until the window ends
                }
            }
            return ids;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Clients that ask for the whole replay with a tiny receive window and never read a byte. */
    List<Socket> neverRead(int clients) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(1024);
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.getOutputStream().write(request().getBytes(StandardCharsets.US_ASCII));
            idle.add(s);
            sockets.add(s);
        }
        return sockets;
    }

    /** A request whose headers never end. */
    Socket slowloris() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        OutputStream out = s.getOutputStream();
        out.write("GET /api/v1/ties?nation=SAU HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        idle.add(s);
        return s;
    }

    /**
     * Whether the server has closed {@code s}: reads away whatever it still holds, true on end of stream
     * or a reset, false when it stays open and quiet for {@code quiet}.
     */
    static boolean closedByServer(Socket s, Duration quiet, Duration atMost) {
        try {
            s.setSoTimeout((int) quiet.toMillis());
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[65536];
            long end = System.nanoTime() + atMost.toNanos();
            while (System.nanoTime() < end) {
                try {
                    if (in.read(buffer) < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException e) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String request() {
        return "GET /api/v1/alerts/stream?lastEventId=0 HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n";
    }

    @Override
    public void close() {
        for (Socket s : idle) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
